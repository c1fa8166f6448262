import type { ChatRequestBody, FakeStep } from "../../support/fake-openai";

/** Replies a careless bot model rotates through: each states something the handbook contradicts (after a greeting). */
export const CARELESS_REPLIES = [
  "Happy to help with your bike! What can I do for you?",
  "Sure, we're open Sundays from 9am to 5pm, so come by anytime.",
  "No appointment needed for a tune-up, just walk in whenever suits you.",
  "Yes, we do motor diagnostics on e-bikes. I can book you in for that.",
];

/**
 * A careless model for the fake OpenAI server: it reads every message as a question or a booking and streams the
 * next of `replies` (default `CARELESS_REPLIES`) word by word, so an eval run over its conversations fails code checks
 * (or, with replies the checks cannot decide, leaves them uncertain).
 */
export function careless(replies: readonly string[] = CARELESS_REPLIES): (body: ChatRequestBody) => FakeStep {
  let n = 0;
  return (body) => {
    if (body.stream) {
      const text = replies[n++ % replies.length]!;
      return { kind: "stream", chunks: text.split(/(?<= )/), usage: { prompt_tokens: 50, completion_tokens: 20 } };
    }
    const last = JSON.stringify(body.messages?.at(-1) ?? "");
    const understanding = {
      intent: /book|appointment|schedule|tune/i.test(last) ? "book" : "question",
      topics: [],
      slots: { service: null, dateText: null, timeText: null, name: null, contact: null, notOffered: null },
    };
    return {
      kind: "json",
      content: JSON.stringify(understanding),
      usage: { prompt_tokens: 80, completion_tokens: 20 },
    };
  };
}
