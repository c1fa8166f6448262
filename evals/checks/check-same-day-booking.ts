import { DateTime } from "luxon";
import { type Handbook, handbook } from "../../knowledge-base/index";
import { acceptedSlot, bookingTurn, firstFailingTurn, servicesIn, turnClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** policy_confusion: a drop-off for a bookable service agreed for the same day (bookings need a day's notice). */
export function checkSameDayBooking(t: Transcript, h: Handbook = handbook): CheckResult {
  const today = DateTime.fromISO(t.now, { setZone: true }).setZone(h.shop.timeZone).toISODate();
  return firstFailingTurn(t, "check-same-day-booking", "policy_confusion", (turn) => {
    const accepted = acceptedSlot(turn, t.now, h);
    const booked = bookingTurn(turn, t.now, h).slot;
    for (const a of [
      ...turnClaims(turn, t.now, h).appointments,
      ...(accepted ? [accepted] : []),
      ...(booked ? [booked] : []),
    ]) {
      if (a.date !== today || a.kind !== "booking") continue;
      // "Half of that works today:" — a heading naming no service is about the lines under it, each with its own.
      if (/:\s*$/.test(a.sentence) && !servicesIn(a.sentence).length) continue;
      const svc = a.service ? h.services.find((s) => s.id === a.service) : null;
      if (svc?.booking === "walk_in") continue;
      return {
        reason: `books ${svc?.name ?? "a drop-off"} for today (${today}); bookings need at least a day's notice — "${a.sentence}"`,
        factIds: ["policy.booking_lead", ...(svc ? [`svc.${svc.id}.booking`] : [])],
      };
    }
    return null;
  });
}
