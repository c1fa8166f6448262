/**
 * A slot said by the shop's opening or closing ("first thing when you open", "whenever you open", "as soon as you open up", "right before
 * you close") and a condition on being open ("6pm if you're open that late"): the slot words, not a question about
 * the hours. The first becomes "first slot" / "last slot" (that day's first or last drop-off slot, from its hours); the condition is
 * dropped, since the booking checks the time against that day's hours anyway and says the closing time when it is
 * too late. A question about the hours ("what time do you open?", "when do you close?") is left as it is. Pure.
 */
const LEAD = String.raw`(?:first thing|right|just|straight|as soon as|soon as|the (?:minute|moment|second)|exactly|bang on)`;
const OPENING = new RegExp(
  String.raw`\b(?:${LEAD}\s+(?:(?:when|as|after|once)\s+)?|whenever\s+)(?:you|u|ya|you guys|the shop|y'?all)\s+(?:guys\s+)?(?:open|opens|open up|unlock)\b(?:\s+(?:the doors|up|in the morning))?`,
  "gi",
);
const CLOSING = new RegExp(
  String.raw`\b(?:${LEAD}|a bit|a little|shortly|not long)\s+(?:before|when|as)\s+(?:you|u|ya|you guys|the shop|y'?all)\s+(?:guys\s+)?(?:close|closes|close up|shut|lock up)\b`,
  "gi",
);
/**
 * "If you're open that late", "if you'll still be open", "if the shop's open then", right after a clock time ("6pm if
 * you're open late"); "want to know if you're open today" still asks.
 */
const IF_OPEN =
  /(?<=(?:\d|am|pm|a\.m\.|p\.m\.|noon|midday|o'?clock)\s*)[,\s]*\b(?:if|assuming|provided)\s+(?:you'?re|you are|youre|ur|u r|you'?ll be|you will be|you guys are|the shop'?s|the shop is|y'?all are)\s+(?:still\s+)?open(?:\s+(?:that|so|this)\s+(?:late|early))?(?:\s+(?:late|early|then|that day|on that day|by then))?\b/gi;

/** The message with slots said by opening or closing put in plain slot words and "if you're open" conditions dropped. */
export function plainSlotPhrases(text: string): string {
  // A question that asks when the shop opens or closes ("when do you open?") has "do"/"does": never rewritten here.
  return text.replace(IF_OPEN, "").replace(OPENING, "first slot").replace(CLOSING, "last slot");
}
