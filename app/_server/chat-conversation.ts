import "server-only";
import type { ChatConversation } from "../_lib/chat-dto";
import { chatTurnFromRecord } from "../_lib/chat-turn";
import { getRuntime } from "./runtime";

/** A stored conversation (turns and feedback) as the chat window restores it, or null when the id is unknown. */
export function loadChatConversation(id: string): ChatConversation | null {
  const { store, kb } = getRuntime().deps;
  if (!store.getConversation(id)) return null;
  const feedback = Object.fromEntries(
    store.listFeedback(id).map((f) => [String(f.turnIndex), { rating: f.rating, comment: f.comment }]),
  );
  return { id, turns: store.getTurns(id).map((t) => chatTurnFromRecord(kb.handbook, t)), feedback };
}
