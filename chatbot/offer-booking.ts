import type { Handbook } from "../knowledge-base/index";
import type { ChatContext } from "./context";
import { decideBooking } from "./decide-booking";
import type { BookingDraft, DecisionPart, Understanding } from "./schema";

/** Asking for the first free slot ("what's the soonest…", "earliest you could…"). */
const SOONEST = /\b(soonest|earliest|asap|as soon as|first (available|free|slot|opening))\b|\bnext (available|free)\b/i;

/**
 * The booking offered after answering a question that named something bookable ("do I pay upfront for a full
 * service?" → "…Would you like to book one?"): the service, day and time the question gave, as a booking step would
 * validate them (a closed or past day is left out); a yes to it starts the booking with them. Null when the question
 * named nothing bookable.
 */
export function offerBooking(
  h: Handbook,
  ctx: ChatContext,
  u: Understanding,
): { part: DecisionPart; draft: BookingDraft } | null {
  const service = u.slots.service ?? null;
  if (service && h.services.find((s) => s.id === service)?.booking !== "required") return null;
  if (!service && !u.slots.dateText) return null;
  const tried = decideBooking(h, { ...ctx, draft: {} }, { ...u, intent: "book" }, "browsing").patch.draft ?? {};
  const draft: BookingDraft = {
    ...(service ? { service } : {}),
    ...(tried.date ? { date: tried.date } : {}),
    ...(tried.date && tried.time ? { time: tried.time, timeApprox: tried.timeApprox ?? null } : {}),
  };
  if (!draft.service && !draft.date) return null;
  const soonest = SOONEST.test(ctx.message) && Boolean(draft.date);
  return { part: { kind: "offer_booking", draft, soonest }, draft };
}
