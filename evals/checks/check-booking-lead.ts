import { type Handbook, handbook } from "../../knowledge-base/index";
import { claimsOfKind, firstFailingTurn, policyClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** policy_confusion: same-day booking allowed, or a booking lead time other than the handbook's one day stated. */
export function checkBookingLead(t: Transcript, h: Handbook = handbook): CheckResult {
  const leadHours = h.booking.leadDays * 24;
  return firstFailingTurn(t, "check-booking-lead", "policy_confusion", (turn) => {
    const c = claimsOfKind(policyClaims(turn, t.now, h).claims, "lead_time").find((x) => x.value !== leadHours);
    if (!c) return null;
    return {
      reason:
        c.value === 0
          ? `allows same-day booking; bookings need ${h.booking.leadDays} day's notice — "${c.text}"`
          : `states a booking lead time of ${c.value} hours; handbook: at least ${h.booking.leadDays} day ahead — "${c.text}"`,
      factIds: ["policy.booking_lead"],
    };
  });
}
