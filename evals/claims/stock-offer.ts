import type { AssistantTurn } from "./assistant-turns";
import { negatedAt } from "./negation";
import { GENERAL_DECLINE, REFERRAL } from "./offer-cues";
import { splitSentences } from "./sentences";
import { servicesIn } from "./service-mentions";

/** A bike the customer is shopping for (not their own bike): "looking for a kids bike", "get my son a bike". */
const WANTS_BIKE =
  /\b(?:looking for|shopping for|(?:want|need|hoping|planning)(?:ing)? to (?:get|buy|pick up)|thinking (?:of|about) (?:getting|buying)|in the market for|buy(?:ing)?|get(?:ting)? (?:my|our) \w+)\s+(?:[\w'"-]+\s+){0,4}?(?<!\b(?:my|our|his|her|their|the|this|that)\s+)(?:(?:e-?)?bikes?|hybrids?|commuters?|bmx|tricycles?|trikes?)\b(?!\s*(?:locks?|lights?|racks?|bags?|pumps?|helmets?|parts?|tires?|tyres?|tubes?|seats?|saddles?|computers?|shorts|shoes|stands?|chains?|bells?|baskets?|covers?|mounts?|fit|shop|service|repair|accessor\w*|fixed|repaired|serviced|tuned|looked|checked|back))/i;

/** Stock the shop says it holds: "we carry a few options in-store", "we have some 20-inch models right now". */
const IN_STOCK =
  /\b(?:we|i think we|i believe we)(?: (?:do|also|usually|currently|normally|generally))?(?:\s(?:have|carry|stock|keep|got)|'ve got|'ve)\b[^.;!?]{0,60}?\b(?:options|models|a few|several|some|range|selection|in[- ]store|in stock|on the floor|right now|to choose from|available)\b/i;

/** Bikes as goods the shop holds or gets in: "we have a small selection of kids' bikes", "we can special-order bikes". */
const BIKES_HELD =
  /\b(?:we|the shop)(?:'ve| have| do| also| currently| usually| normally| can| could| will|'ll)?\s+(?:have|has|carry|carries|stock|stocks|sell|sells|got|offer|keep|special-?order|order in|source|get in)\s+(?:(?:a|an|some|several|few|couple|of|small|good|wide|great|decent|nice|limited|range|selection|variety|choice|handful|bunch|lot|lots|number|new|used|second-?hand|refurbished|\d+|in)\s+){0,6}(?:(?:kids?'?|children'?s|youth|road|mountain|gravel|hybrid|city|commuter|e-?|electric|folding|bmx|balance|cargo|(?:\d+)[- ]?(?:inch|in\.?|"))\s*){0,2}(?:bikes|bicycles|models)\b(?!\s*(?:'|s'|coming|being|waiting|queued|booked|arriving|dropped|in (?:for|all|every|today|this)|of (?:every|any|all) kinds?|in (?:for|the (?:workshop|queue|stand))|(?:locks?|lights?|racks?|bags?|pumps?|helmets?|parts?|tires?|tyres?|tubes?|seats?|saddles?|accessor\w*|stands?|bells?|baskets?|covers?|mounts?)\b))/i;

/** True when a clause states bikes held as stock, not negated where it stands. */
function bikesHeld(clause: string): boolean {
  const m = BIKES_HELD.exec(clause);
  if (m === null || negatedAt(clause, m.index, m.index + m[0].length) || servicesIn(clause).length) return false;
  // "we sell bikes" says it outright; "we have bikes" needs a word of stock (a few, a range, kids', 24-inch…).
  return (
    /\b(?:sells?|special-?order|order in|source|get in)\b/i.test(m[0]) ||
    !/^\S+(?:'ve| have| do| also| currently| usually| normally)?\s+\S+\s+(?:bikes|bicycles|models)$/i.test(m[0])
  );
}

/** A sentence sending the customer elsewhere, unless the referral only sits in a condition ("if you end up buying
 * elsewhere, bring it by"): that is no advice to go elsewhere. */
function referredOut(sentence: string): boolean {
  const m = REFERRAL.exec(sentence);
  if (!m) return false;
  return !/\b(?:if|in case|should you|whether|when(?:ever)?)\b[^.;:!?]*$/i.test(sentence.slice(0, m.index));
}

/**
 * "looking for a kids bike — what do you have?" → "We carry a few options in-store": stock claimed in answer to a
 * customer shopping for a bike sells bikes (the shop sells parts and accessories only), and so do bikes held as stock in
 * the reply's own words ("we have a small selection of kids' bikes"). A clause naming a service, negated, or a reply
 * declining or referring anywhere, claims none.
 */
export function stockOffer(turn: AssistantTurn, clauses: readonly string[]): string | null {
  if (GENERAL_DECLINE.test(turn.text)) return null;
  const referred = splitSentences(turn.text).some((s) => referredOut(s.text));
  // Bikes held in the reply's own words are stock whatever a conditional aside says ("if you buy one elsewhere…").
  const own = clauses.find((c) => bikesHeld(c));
  if (own && !referred) return own;
  if (REFERRAL.test(turn.text)) return null;
  if (!WANTS_BIKE.test(turn.userText)) return null;
  // Negation scoped to the stock claim: "with and without gears" later in the clause denies no stock.
  const held = (c: string) => {
    const m = IN_STOCK.exec(c);
    return m !== null && !negatedAt(c, m.index, m.index + m[0].length);
  };
  return clauses.find((c) => held(c) && !servicesIn(c).length) ?? null;
}
