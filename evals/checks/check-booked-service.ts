import { type Handbook, handbook } from "../../knowledge-base/index";
import { bookingTurn, firstFailingTurn, isNegated, notOfferedIn, servicesIn, splitMessage } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** Words of a booking made or being made (a read-back is one by itself). */
const BOOKING = /\b(?:book\w*|appointment|reserv\w*|slot|schedul\w*|drop-?off)\b/i;

/**
 * over_eager (conversation level): a slot read back for the customer's yes, or stated as booked, for a service the
 * handbook says is walk-in only, or for a job the shop does not do. Reads the wording through the shared booking-state
 * reader, so it works on foreign transcripts.
 */
export function checkBookedService(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-booked-service", "over_eager", (turn) => {
    const b = bookingTurn(turn, t.now, h);
    if (!b.act || !b.slot) return null;
    if (b.act === "booked" && !BOOKING.test(turn.text)) return null;
    // What the reply itself says it books, in the clauses that refuse nothing.
    const asserted = splitMessage(turn.text)
      .flatMap((s) => s.clauses)
      .filter((c) => !isNegated(c.text))
      .map((c) => c.text)
      .join("\n");
    const item = notOfferedIn(asserted)[0];
    if (item) {
      const name = h.notOffered.find((n) => n.id === item)?.name ?? item;
      return { reason: `books ${name}, which the shop does not do — "${b.slot.sentence}"`, factIds: [item] };
    }
    // Only a service the reply itself names: one remembered from earlier talk may not be the one booked.
    const svc = servicesIn(asserted).map((id) => h.services.find((s) => s.id === id)!);
    if (!svc.length || svc.some((s) => s.booking === "required")) return null;
    return {
      reason: `books a slot for ${svc.map((s) => s.name).join(", ")}, which ${svc.length > 1 ? "are" : "is"} walk-in only — "${b.slot.sentence}"`,
      factIds: svc.map((s) => `svc.${s.id}.booking`),
    };
  });
}
