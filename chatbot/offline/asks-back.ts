import { POINTS_BACK } from "./recall-reply";

/**
 * Pointing back at something already said or chosen: a choice between two things said ("was it 6 or 7?", "is it the
 * tune-up or the full service I've got?"), the customer's own pick ("did I go for…", "which one did we book"), the
 * bot's words ("you said…", "remind me…", "…again?"), a check ("just to double-check", "to confirm").
 */
const ASKS_BACK = new RegExp(
  [
    POINTS_BACK.source,
    String.raw`\b(?:was|is) it\b[^.?!]{0,40}\bor\b`,
    String.raw`\b(?:did|have|had) (?:i|we) (?:just |already |actually )?(?:book|pick|choose|go for|ask for|sign up for|get|say)\b`,
    String.raw`\b(?:double[- ]?check|just (?:to |wanna |want to )?(?:check|confirm)|to confirm|sanity check)\b`,
  ].join("|"),
);
/** A request said outright ("book me…", "I'd like…", "let's do…", "can I change…", "put me down"). */
const WANTS =
  /(?<!\b(?:did|have|had) (?:i|we) (?:just |already |actually )?)\b(?:book|reserve|schedule) (?:me|us|it|a|an|the)\b|\bi(?:'d| would) like\b|\bi (?:want|need|wanna)\b|\blet'?s\b|\b(?:can|could|shall) (?:i|we|you) (?:book|get|have|change|move|switch|make|do|come|bring|drop|grab|take)\b|\b(?:put|pencil|squeeze) (?:me|us)\b|\bplease\b/;

/**
 * Whether a message read as a booking only asks back about what was said or chosen before (decision: asking back
 * never changes where the conversation is; "was it 6 or 7 on Thursday?" after the hours is answered from the
 * handbook, "did I book the tune-up or the full service?" after booking reads the booking back). A request said
 * outright ("let's book…", "can I change it to…") keeps the booking.
 */
export function asksBackOnly(t: string): boolean {
  return t.includes("?") || /^\s*(?:was|did|is|which|what)\b/.test(t) ? ASKS_BACK.test(t) && !WANTS.test(t) : false;
}

/** A reply that made or read back a booking. */
const BOOKING_MADE = /\b(?:You're booked|Reference BK-|Let me confirm)\b/;

/**
 * Whether a message read as a look-up of one's booking asks back what the bot said about the shop ("what did you say
 * Saturday closing was?", "remind me the hours for the 24th") when no booking was made or read back here: the handbook
 * topic it names answers it afresh, and no name is asked for a look-up.
 */
export function asksHandbookBack(
  t: string,
  topics: readonly string[],
  state: string,
  history: readonly { role: string; content: string }[],
): boolean {
  if (!topics.length || !POINTS_BACK.test(t) || /\bmy (?:booking|appointment|appt|reservation)\b/.test(t)) return false;
  if (state === "booked" || state.startsWith("booking")) return false;
  return !history.some((m) => m.role === "assistant" && BOOKING_MADE.test(m.content));
}

/** A case supposed before the question ("if I drop it off for a tune-up, how long…", "say I leave it with you…"). */
const SUPPOSED =
  /^(?:[^.?!]{0,20}\b)?(?:if|once|when|say|suppose|supposing) (?:i|we)\b[^.?!]{0,80}?,?\s*\b(?:how|what|when|will|would|do|does|is|are|can|could)\b[^.!]*(?:\?|$)/;

/**
 * Whether a message read as a booking only supposes one to ask about it ("if I bring it in for a tune-up, how long
 * till it's ready?"): the question is answered and nothing is booked (a request said outright still books).
 */
export function supposesOnly(t: string): boolean {
  return SUPPOSED.test(t) && !WANTS.test(t);
}

/** A detail of a booking asked for ("what's the date of that?", "which day is it", "what time do I come"). */
const BOOKING_DETAIL = /\b(?:date|day|time|when|reference|ref)\b/;

/**
 * Whether a question with no handbook topic, right after a booking was made, asks about that booking ("what's the
 * actual date of that?", "is it wednesday or thursday I'm coming?"): the booking is read back, no guess refused.
 */
export function asksAboutBookingJustMade(t: string): boolean {
  return asksBackOnly(t) || (BOOKING_DETAIL.test(t) && !WANTS.test(t));
}
