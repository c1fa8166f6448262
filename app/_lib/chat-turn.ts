import { z } from "zod";
import { BookingDraft, Decision, type TurnResult } from "../../chatbot/index";
import type { Handbook } from "../../knowledge-base/index";
import type { TurnRecord } from "../../traces/index";
import { toBookingSummary } from "./booking-summary";
import type { ChatTurn } from "./chat-dto";

// The turn row's JSON columns were written by the chatbot; read only what the chat window shows, tolerantly.
const StoredContext = z.object({ draft: BookingDraft.catch({}) }).catch({ draft: {} });

/** The details to show: the booking just made (the machine clears its draft once booked), else the draft. */
function shownDetails(decision: Decision | null, draft: BookingDraft): { details: BookingDraft; bookingIds: string[] } {
  const booked = (decision?.parts ?? []).flatMap((p) => (p.kind === "booked" ? [p.booking] : []));
  const last = booked.at(-1);
  return { details: last ?? draft, bookingIds: booked.map((b) => b.id) };
}

/** The chat window's view of a turn that just ran. */
export function chatTurnFromResult(h: Handbook, user: string, t: TurnResult): ChatTurn {
  const { details } = shownDetails(t.decision, t.draft);
  return {
    conversationId: t.conversationId,
    turn: t.turn,
    user,
    reply: t.reply,
    stateBefore: t.stateBefore,
    state: t.state,
    booking: toBookingSummary(h, details),
    bookingIds: t.bookingIds,
  };
}

/** The chat window's view of a stored turn (to restore a conversation after a reload). */
export function chatTurnFromRecord(h: Handbook, r: TurnRecord): ChatTurn {
  const decision = Decision.safeParse(r.decision);
  const { draft } = StoredContext.parse(r.context ?? {});
  const { details, bookingIds } = shownDetails(decision.success ? decision.data : null, draft);
  return {
    conversationId: r.conversationId,
    turn: r.index,
    user: r.user,
    reply: r.assistant,
    stateBefore: r.stateBefore,
    state: r.stateAfter,
    booking: toBookingSummary(h, details),
    bookingIds,
  };
}
