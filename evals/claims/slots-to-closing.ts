import { negatedAt } from "./negation";
import { splitSentences } from "./sentences";

/** Talk of drop-off slots or drop-off times. */
const SLOT_TALK =
  /\b(?:(?:drop-?off |time )?slots?|drop-?offs?|drop-?off times?|(?:you can|to) drop (?:it |the bike |your bike )?off)\b/i;
/** The window's end put at closing, in words: "right up until closing", "through to close", "till we close". */
const TO_CLOSING =
  /\b(?:until|till|'til|up to|right up to|through(?: to)?|to|right until|all the way to|up until)\s+(?:right\s+)?(?:(?:we|the shop)\s+close[s]?|closing(?: time)?|close(?! to)|the end of the day|the (?:very )?last minute)\b/i;
/** "the last slot is an hour before closing": the grid's end said right. */
const HOUR_BEFORE = /\b(?:an?|one) hour (?:before|ahead of|prior to)\b/i;

/**
 * A drop-off slot window said in words to run until closing ("slots run every 30 minutes right up until closing"):
 * the grid ends an hour before closing on every day (policy.slots). Returns the sentence, or null.
 */
export function slotsToClosing(text: string): string | null {
  for (const s of splitSentences(text)) {
    if (!SLOT_TALK.test(s.text) || HOUR_BEFORE.test(s.text)) continue;
    const m = TO_CLOSING.exec(s.text);
    if (!m || negatedAt(s.text, m.index, m.index + m[0].length)) continue;
    // The slot talk must come before its end ("slots … until closing"), not a closing said of something else first.
    const slot = SLOT_TALK.exec(s.text)!;
    if (slot.index > m.index) continue;
    return s.text;
  }
  return null;
}
