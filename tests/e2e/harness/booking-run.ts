import assert from "node:assert/strict";
import { nextBookableFriday } from "./booking-date";

/** A booking conversation made through the API: its id and each step's message and states. */
export interface BookingRun {
  conversationId: string;
  contact: string;
  steps: { message: string; stateBefore: string; state: string }[];
}

/** Each API conversation's chat-key cookie: continuing a conversation needs the cookie it was started with. */
const chatKeys = new Map<string, string>();

/** The finished turn of one message posted to /api/chat (no browser), carrying the conversation's chat-key cookie. */
export async function chatApi(baseUrl: string, message: string, conversationId?: string) {
  const cookie = conversationId ? chatKeys.get(conversationId) : undefined;
  const res = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ conversationId, message }),
  });
  assert.equal(res.status, 200);
  const issued = res.headers
    .getSetCookie()
    .find((c) => c.startsWith("jbs_chat="))
    ?.split(";")[0];
  const lines = (await res.text()).split("\n").filter(Boolean);
  const turn = (JSON.parse(lines.at(-1)!) as { turn: { conversationId: string; state: string; stateBefore: string } })
    .turn;
  if (issued ?? cookie) chatKeys.set(turn.conversationId, (issued ?? cookie)!);
  return turn;
}

/**
 * Books a tune-up through the API with a contact no other conversation uses, so a scenario that needs a booking makes
 * its own and runs alone or in any order.
 */
export async function bookThroughApi(baseUrl: string): Promise<BookingRun> {
  const contact = `sarah.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
  const messages = ["I'd like to book a tune-up", nextBookableFriday().phrase, "10:30am", "Sarah Lee", contact, "yes"];
  const steps: BookingRun["steps"] = [];
  let conversationId: string | undefined;
  for (const message of messages) {
    const turn = await chatApi(baseUrl, message, conversationId);
    conversationId = turn.conversationId;
    steps.push({ message, stateBefore: turn.stateBefore, state: turn.state });
  }
  assert.equal(steps.at(-1)?.state, "booked", `the API booking ended in ${steps.at(-1)?.state}`);
  return { conversationId: conversationId!, contact, steps };
}
