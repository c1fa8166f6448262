import { isNegated } from "./negation";
import { splitClauses, splitSentences } from "./sentences";
import { OTHER_ZONE, PACIFIC_ZONE } from "./time-zones";

/** A statement that the shop keeps its hours in some zone ("our hours are in Mountain time"). */
export interface ZoneClaim {
  zone: string;
  sentence: string;
}

// The shop as the owner of a clock: "our hours/times", "the shop's hours", "we're on/in … time", "listed in …".
const SHOP_CLOCK =
  /\b(?:our|the shop'?s|the store'?s|jo'?s)\s+(?:\w+\s+)?(?:hours|times|clock|schedule)\b|\bwe(?:'re| are)\s+(?:on|in)\b|\bwe (?:run|operate|work)\s+(?:on|in)\b|\b(?:listed|given|shown|quoted|stated|written|posted)\s+in\b|\btime ?zone\b/i;
// A reading for the customer ("which is 1 pm Eastern", "for you in Denver"), not the shop's own clock.
const CONVERSION =
  /\b(?:which is|that'?s|that is|i\.e\.|or about|for you|your (?:time|clock)|you'?re in|in your|equals?)\b|=|→/i;

/**
 * The zone a message says the shop's times are in, when that zone is not Pacific (clause by clause, negation-aware);
 * a clause that converts for the reader, or a sentence that also names Pacific, states no other zone for the shop.
 */
export function otherShopZone(message: string): ZoneClaim | null {
  for (const sentence of splitSentences(message)) {
    if (PACIFIC_ZONE.test(sentence.text) || !SHOP_CLOCK.test(sentence.text)) continue;
    for (const clause of splitClauses(sentence)) {
      const zone = OTHER_ZONE.exec(clause.text);
      if (!zone || CONVERSION.test(clause.text) || isNegated(clause.text)) continue;
      return { zone: zone[0], sentence: sentence.text };
    }
  }
  return null;
}
