/** Words of a street address or of finding the shop: "address" then means the shop's location. */
const STREET = /\b(street|postal|post|physical|mailing|where|located|location|directions|visit|find you|come to)\b/;

/**
 * "Address" meaning an email address ("is info@… the right address?", "what address do I email it to?"): the message
 * writes one out or speaks of email, and says nothing of a street or of finding the shop.
 */
export function emailAddressMeant(t: string): boolean {
  return /\baddress\b/.test(t) && (/\S+@\S+\.\w+/.test(t) || /\be-?mail(s|ed|ing)?\b/.test(t)) && !STREET.test(t);
}

/**
 * Cancelling asked about as a what-if ("what happens if I book … and then need to cancel?", "say I have to cancel
 * on the day — what then?"): the cancellation policy is asked, whatever else the sentence books or names.
 */
export function cancelAskedIf(t: string): boolean {
  const hypothetical = /\b(if|what if|say|suppose|supposing|in case)\b[^.?!]{0,80}\bcancel\w*\b/.test(t);
  const asks = /\?|\bwhat (then|happens|now)\b|\bhow does (that|it) work\b/.test(t);
  return hypothetical && asks && !/\bcancel\w* (policy|fee)\b/.test(t);
}
