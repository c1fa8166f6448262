/**
 * Senses of keywords the topic classifier would otherwise take literally: "pay you a visit" is about coming in, not
 * payment (whose a fact word is, the shop's or the customer's, is read in fact-owner.ts).
 */

const VISIT_IDIOM =
  /\bpa(?:y|ying|id)\s+(?:(?:you|u|ya|you guys|y'?all|the shop|the store|your shop|jo'?s)\s+)?(?:a\s+)?(?:quick\s+|little\s+|short\s+)?visit\b/gi;
/** The text the topic classifier reads: idioms rewritten to what they mean ("pay you a visit" → "visit you"). */
export function classifierText(text: string): string {
  return text.replace(VISIT_IDIOM, "visit you");
}
