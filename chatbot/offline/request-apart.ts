import { sentencesOf } from "./detail-apart";

/** A sentence worded as a question: a question mark, or a question word first. */
const ASKS =
  /\?|^\W*(?:(?:and|but|also|oh|ok|so|btw)\W+)*(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|any|anything)\b/i;
/** A word of booking in a clause ("booked", "book in", "an appointment", "reserve"). */
const BOOKING_WORD = /\b(book|booked|booking|reserve|reserved|schedule|scheduled|appointment)\b/i;
/** A clause told in the past or about a booking held ("I booked…", "my booking"): no request. */
const NOT_A_REQUEST =
  /\b(i|we|he|she|they) (booked|reserved|scheduled)\b|\bmy (booking|appointment)\b|\bnot\b|n't\b|\bif\b|\bhappy to\b|\bwilling to\b/i;
/** The customer's own wish ("I need…", "we'd like…", "I want…", "please…"), or a bare order ("book me…"). */
const WISH =
  /\b(i|we)\s*(?:'d|would)?\s*(need|want|like|wanna|love)\b|\b(i|we)(?:'m| am| are|'re) (after|looking|hoping)\b|\bplease\b|\bpls\b|^\W*(?:(?:hi|hey|hello|ok|okay|so)\W+)*(book|reserve|schedule)\b/i;

/**
 * "Hey I need a full service booked, how much is it btw": of a message that asks, the plain clause that asks for a
 * booking (its own sentence or a comma clause with the customer's wish and a word of booking; no question, nothing told in
 * the past, no condition), to be
 * read on its own; null when the message has no such clause beside a question.
 */
export function requestClause(text: string): string | null {
  const parts = sentencesOf(text).flatMap((s) => s.split(/\s*,\s*(?=\S)/));
  if (parts.length < 2 || !parts.some((p) => ASKS.test(p))) return null;
  return parts.find((p) => !ASKS.test(p) && BOOKING_WORD.test(p) && WISH.test(p) && !NOT_A_REQUEST.test(p)) ?? null;
}
