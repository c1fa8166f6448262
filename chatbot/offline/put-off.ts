import type { WhenMention } from "../../knowledge-base/index";

/** The customer getting in touch later ("I'll phone you tomorrow", "let me check and get back to you Friday"). */
const GETS_BACK =
  /\b(i'?ll|i will|i'?m gonna|i'?m going to|gonna|let me|i can)\s+(?:just |probably |maybe |prob |then )?(?:[\w']+\s+){0,5}?(phone|call|ring|email|e-mail|text|message|get back to|let (?:you|u) know|come back to|think (?:about|it over))\b[^.!?]*/i;

/**
 * The days said only of when the customer will be back in touch ("nah I'll phone you tomorrow"): they name no day to
 * book. Empty when the message says no such thing.
 */
export function daysOfGettingBack(text: string, when: WhenMention[]): WhenMention[] {
  const m = GETS_BACK.exec(text);
  if (!m) return [];
  const [from, to] = [m.index, m.index + m[0].length];
  return when.filter((w) => w.start >= from && w.start < to);
}

/** Whether the message puts the booking off to a later call or message ("I'll ring you tomorrow to sort it"). */
export function getsBackLater(text: string): boolean {
  return GETS_BACK.test(text);
}
