/**
 * Senses of keywords the topic classifier would otherwise take literally: "pay you a visit" is about coming in, not
 * payment; "my phone"/"my email" is the customer's own, not a request for the shop's contact details.
 */

const VISIT_IDIOM =
  /\bpa(?:y|ying|id)\s+(?:(?:you|u|ya|you guys|y'?all|the shop|the store|your shop|jo'?s)\s+)?(?:a\s+)?(?:quick\s+|little\s+|short\s+)?visit\b/gi;
const OWN_CONTACT =
  /\bmy\s+(?:phone|mobile|cell|number|e-?mail|email address|contact)\b|\b(?:contact|reach|call|text|e-?mail|ring)\s+me\b|\bcontact lens/i;
const SHOPS_CONTACT =
  /\b(?:your|ur|the shop'?s?|jo'?s)\s+(?:phone|number|mobile|e-?mail|contact|address)|\b(?:call|ring|phone|email|e-mail|text|reach|contact|message)\s+(?:you|u|ya|the shop|jo'?s)\b|\bhow (?:do|can) i (?:reach|contact|call|email)\b/i;

/** The text the topic classifier reads: idioms rewritten to what they mean ("pay you a visit" → "visit you"). */
export function classifierText(text: string): string {
  return text.replace(VISIT_IDIOM, "visit you");
}

/** True when a message mentions only the customer's own phone or e-mail, so the shop's contact topic does not apply. */
export function ownContactOnly(text: string): boolean {
  return OWN_CONTACT.test(text) && !SHOPS_CONTACT.test(text);
}
