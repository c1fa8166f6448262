import { type Handbook, handbook } from "../../knowledge-base/index";
import { clock, earliestClaims, firstFailingTurn, localDate, plusDays, slotMinutesOn } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** The handbook's earliest bookable date: the first open day at least the lead time after today. */
export function earliestBookableDate(h: Handbook, today: string): string {
  for (let d = h.booking.leadDays; d < h.booking.leadDays + 14; d++) {
    const date = plusDays(today, d);
    if (slotMinutesOn(h, date).length) return date;
  }
  return plusDays(today, h.booking.leadDays);
}

/**
 * policy_confusion: an earliest booking that breaks the booking rules: a first slot before the day's first drop-off
 * slot, or — with a notice rule given as the reason — a later day, or a later time on the first bookable day, than
 * one day's notice and slots from opening allow ("needs a full business day", "24 hours from now").
 */
export function checkEarliestBooking(t: Transcript, h: Handbook = handbook): CheckResult {
  const today = localDate(t.now, h.shop.timeZone);
  const first = earliestBookableDate(h, today);
  return firstFailingTurn(t, "check-earliest-booking", "policy_confusion", (turn) => {
    for (const c of earliestClaims(turn, t.now, h)) {
      const slots = slotMinutesOn(h, c.date);
      const opening = slots[0];
      const factIds = ["policy.booking_lead", "policy.slots"];
      if (opening !== undefined && c.time !== null && c.time < opening)
        return {
          reason: `says the earliest slot on ${c.date} is ${clock(c.time)}; slots start at ${clock(opening)} — "${c.sentence}"`,
          factIds,
        };
      if (!c.reasoned || c.date < first) continue;
      if (c.date > first)
        return {
          reason: `says the earliest booking is ${c.date}; one day's notice allows ${first} — "${c.sentence}"`,
          factIds,
        };
      if (opening !== undefined && c.time !== null && c.time > opening)
        return {
          reason: `says the earliest slot on ${c.date} is ${clock(c.time)} for notice; the first slot is ${clock(opening)} — "${c.sentence}"`,
          factIds,
        };
    }
    return null;
  });
}
