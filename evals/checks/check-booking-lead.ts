import { type Handbook, handbook, numberValue } from "../../knowledge-base/index";
import { firstFailingTurn, isNegated, splitMessage } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const SAME_DAY =
  /\bsame[- ]day (?:bookings?|appointments?|drop-?offs?|slots?|service|tune-?ups?)\b|\bbook (?:it |one |a slot )?(?:for )?(?:today|later today|this afternoon)\b/i;
const LEAD =
  /\b(\d+|an?|one|two|three|four|five|six|seven|twenty-four|forty-eight|seventy-two)\s*(?:full |business |working )?(hours?|days?|weeks?)(?:'s|'|s')?\s*(?:of\s+)?(?:notice|in advance|ahead|lead time|before)\b/gi;

/** policy_confusion: same-day booking allowed, or a booking lead time other than one day stated. */
export function checkBookingLead(t: Transcript, h: Handbook = handbook): CheckResult {
  const leadHours = h.booking.leadDays * 24;
  return firstFailingTurn(t, "check-booking-lead", "policy_confusion", (turn) => {
    for (const { clauses } of splitMessage(turn.text))
      for (const c of clauses) {
        if (/\bcancel/i.test(c.text)) continue;
        if (SAME_DAY.test(c.text) && !isNegated(c.text))
          return {
            reason: `allows same-day booking; bookings need ${h.booking.leadDays} day's notice — "${c.text}"`,
            factIds: ["policy.booking_lead"],
          };
        if (!/\bbook|\bappointment|\bslot|\bnotice|\breserv|\bschedul/i.test(c.text)) continue;
        for (const m of c.text.matchAll(LEAD)) {
          if (
            /^\s*(?:closing|close|we close|opening|we open|the shop closes)/i.test(c.text.slice(m.index + m[0].length))
          )
            continue;
          const n = numberValue(m[1]!);
          const hours = /^h/i.test(m[2]!) ? n : /^d/i.test(m[2]!) ? n * 24 : n * 24 * 7;
          if (hours !== leadHours)
            return {
              reason: `states a booking lead time of ${m[0].trim()}; handbook: at least ${h.booking.leadDays} day ahead — "${c.text}"`,
              factIds: ["policy.booking_lead"],
            };
        }
      }
    return null;
  });
}
