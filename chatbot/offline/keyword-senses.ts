/**
 * Senses of keywords the topic classifier would otherwise take literally: "pay you a visit" is about coming in, not
 * payment, "closest" is nearness, not closing time (whose a fact word is, the shop's or the customer's, is read in fact-owner.ts).
 */

const VISIT_IDIOM =
  /\bpa(?:y|ying|id)\s+(?:(?:you|u|ya|you guys|y'?all|the shop|the store|your shop|jo'?s)\s+)?(?:a\s+)?(?:quick\s+|little\s+|short\s+)?visit\b/gi;
/** "Close" of nearness ("the closest bus stop", "close to you", "close by"), not of shutting. */
const NEAR = /\b(closest|closer|close (?=to\b|by\b))/gi;

/**
 * The text the topic classifier reads: idioms rewritten to what they mean ("pay you a visit" → "visit you", "closest
 * to you" → "nearest to you").
 */
export function classifierText(text: string): string {
  return text
    .replace(VISIT_IDIOM, "visit you")
    .replace(NEAR, (m) => (/^closest/i.test(m) ? "nearest" : /^closer/i.test(m) ? "nearer" : "near "));
}
