/**
 * A customer choosing the slot only now, in answer to the bot's open question about when ("What time would you
 * like?" → "9:30, Sam, sam@x.com"): whatever they said before ("book me Saturday morning") confirmed no slot yet, so
 * a booking made on this answer still needs their yes to the read-back.
 */

/** The bot asking which time or slot (an open question, not a yes/no read-back). */
const ASKS_WHEN =
  /\b(?:what|which)\s+(?:time|slot|day|hour)s?\b[^?]{0,80}\?|\bwhen\s+(?:would|do|did|can|could|will)\s+you\b[^?]{0,60}\?|\b(?:pick|choose)\s+(?:a|one|your)\s+(?:time|slot)\b|\bwhat\s+works\s+(?:best\s+)?for\s+you\b|\bwhich\s+(?:one|works)\b[^?]{0,40}\?/i;
/** A clock time written by the customer: "9:30", "2pm", "10 am", "noon". */
const CLOCK = /(?<![\d:])\d{1,2}:[0-5]\d(?!\d)|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\bnoon\b|\bmidday\b/i;

/** True when `customer` names a clock time in answer to `botBefore` asking which time or slot. */
export function choosesSlotNow(botBefore: string, customer: string): boolean {
  return ASKS_WHEN.test(botBefore) && CLOCK.test(customer);
}
