import type { UnderstandInput } from "../provider";

/** The shop's "I don't know" reply (offline wording and the usual model wordings). */
const DONT_KNOW = /\b(?:I'm not sure about that|I don't want to guess|I don't have (?:that|information))/i;
/** Pointing back at the thing asked about, or asking for a rough figure of it ("ballpark it", "roughly?", "a guess"). */
const AT_IT =
  /\b(?:it|that|this|those|them)\b|\b(?:ballpark|rough(?:ly)?|estimate|guess|approx\w*|ish|at least|any idea|even roughly)\b/;

/**
 * Whether a short follow-up presses on the thing the bot just said it does not know ("can you at least ballpark
 * it?", "roughly though?"): the thing is still unknown, so no price list or service list answers it (decision: a
 * follow-up inherits the subject of the question it follows, and so its unknown-ness). A new service named is its
 * own question.
 */
export function pressesUnknown(t: string, history: UnderstandInput["history"]): boolean {
  const lastBot = [...history].reverse().find((m) => m.role === "assistant");
  if (!lastBot || !DONT_KNOW.test(lastBot.content)) return false;
  return t.split(/\s+/).length <= 10 && AT_IT.test(t);
}
