/** A thing bought (or to be bought) from the shop: "bought a bell", "if I buy a light", "the pump I got from you". */
const PURCHASE = /\b(?:bought|buy|buying|purchased?|got (?:it|this|that|one|them|a|an|the) [^.?!]{0,30}from you)\b/;
/** Handing a thing back: "bring it back", "take the lock back", "return it", "swap it", "exchange it", "my money back". */
const HAND_BACK =
  /\b(?:bring|take|send|give|drop|carry)\b[^.?!]{0,20}\bback\b|\breturn(?:ed|ing)?\b(?! (?:trip|visit|customer))|\b(?:swap|exchange)\b|\bmoney back\b|\brefund\b/;
/** Work rather than goods: the labour refund or the re-adjustment answers that, not the returns policy. */
const WORK = /\b(?:repair|service|servicing|tune-?up|truing|labou?r|fix|fixed|work|job)\b/;

/**
 * A question handing back a thing bought from the shop ("bought a bell last week, can I bring it back?", "if a light
 * doesn't fit, can I take it back?"): the returns policy, whichever topic the classifier leans to. Work done is not a
 * thing bought (its refund is another policy). Read up to the sentence that hands the thing back.
 */
export function asksToReturnGoods(t: string): boolean {
  // Read up to the sentence that hands back: a question after it ("…also a deposit for a tune-up?") is its own.
  const sentences = t.split(/(?<=[.?!])\s+/);
  const at = sentences.findIndex((x) => HAND_BACK.test(x));
  if (at < 0) return false;
  // From the latest sentence naming the purchase: a question before it ("does the full service come with cables?") is
  // its own, and its work words say nothing about the thing handed back.
  const from = sentences.slice(0, at + 1).findLastIndex((x) => PURCHASE.test(x));
  const span = sentences.slice(Math.max(0, from), at + 1).join(" ");
  return PURCHASE.test(span) && !WORK.test(span);
}
