import "server-only";
import { randomUUID } from "node:crypto";
import { unknownConversation } from "../../chatbot/index";
import type { Feedback } from "../../traces/index";
import { getStore } from "./runtime";

/** Stores (or updates: one per reply) customer feedback on one reply; an unknown conversation or turn is an expected failure, not a throw. */
export function recordFeedback(input: {
  conversationId: string;
  turnIndex: number;
  rating: "up" | "down";
  comment: string | null;
}):
  | { ok: true; feedback: Feedback }
  | { ok: false; error: { code: "unknown_conversation" | "unknown_turn"; message: string } } {
  const store = getStore();
  const conversation = store.getConversation(input.conversationId);
  if (!conversation)
    return {
      ok: false,
      error: unknownConversation(input.conversationId),
    };
  if (input.turnIndex > conversation.turnCount)
    return {
      ok: false,
      error: {
        code: "unknown_turn",
        message: `Conversation "${input.conversationId}" has no turn ${input.turnIndex}.`,
      },
    };
  const feedback = store.addFeedback({ id: randomUUID(), ...input, createdAt: new Date().toISOString() });
  return { ok: true, feedback };
}
