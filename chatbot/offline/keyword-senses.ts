/**
 * Senses of keywords the topic classifier would otherwise take literally: "pay you a visit" is about coming in, not
 * payment, "closest" is nearness, not closing time (whose a fact word is, the shop's or the customer's, is read in fact-owner.ts).
 */

const VISIT_IDIOM =
  /\bpa(?:y|ying|id)\s+(?:(?:you|u|ya|you guys|y'?all|the shop|the store|your shop|jo'?s)\s+)?(?:a\s+)?(?:quick\s+|little\s+|short\s+)?visit\b/gi;
/** "Close" of nearness ("the closest bus stop", "close to you", "close by"), not of shutting. */
const NEAR = /\b(closest|closer|close (?=to\b|by\b))/gi;

/**
 * "Where" of a place in the conversation ("where were we?", "where was I", "where did we leave off"), not of the shop's
 * address: the customer asks what has been settled so far.
 */
const CONVERSATION_PLACE =
  /\bwhere (?:were|was|are|am|did) (?:we|i)(?: (?:at|up to|leave off|left off|get to|got to))?\b/gi;

/**
 * A contact label with the customer's own value after it ("email sam@x.com", "phone: 503 555 0101", "my number is
 * …"): a detail given, not the shop's contact asked for.
 */
const GIVEN_CONTACT =
  /(?<!\b(?:your|ur|yr|the shop'?s?|the store'?s?|jo'?s)\s+(?:\w+\s+)?)\b(?:e-?mail(?: address)?|phone(?: number)?|number|mobile|cell|tel|contact)\s*(?:is|:|-|=|at)?\s*(?:[^\s@,;]+@[^\s@,;]+\.\p{L}{2,}|\+?\(?\d[\d\s().-]{5,}\d)/giu;

/**
 * The text the topic classifier reads: idioms rewritten to what they mean ("pay you a visit" → "visit you", "closest
 * to you" → "nearest to you", "where were we" → "what have we got so far"); a contact given with its label is left out.
 */
export function classifierText(text: string): string {
  return text
    .replace(GIVEN_CONTACT, " ")
    .replace(VISIT_IDIOM, "visit you")
    .replace(CONVERSATION_PLACE, "what have we got so far")
    .replace(NEAR, (m) => (/^closest/i.test(m) ? "nearest" : /^closer/i.test(m) ? "nearer" : "near "));
}

/** A span in the past ("how long has the shop been around?", "how long did you have it"), not how long a job takes. */
const PAST_SPAN =
  /\bhow long (has|have|had|did|were|was)\b|\bhow many years\b|\bbeen (around|in business|going|trading)\b/;

/**
 * True when every "how long" of a message's clauses asks about time gone by, which no service's duration answers ("how
 * long did you wait, lol — how long is a flat fix?" still asks a job's duration).
 */
export function asksPastSpan(clauses: string[]): boolean {
  const spans = clauses
    .map((c) => c.toLowerCase())
    .filter((c) => /\bhow (long|many years)\b|\bbeen (around|in business)/.test(c));
  return spans.length > 0 && spans.every((c) => PAST_SPAN.test(c));
}
