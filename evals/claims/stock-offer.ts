import type { AssistantTurn } from "./assistant-turns";
import { negatedAt } from "./negation";
import { GENERAL_DECLINE, REFERRAL } from "./offer-cues";
import { servicesIn } from "./service-mentions";

/** A bike the customer is shopping for (not their own bike): "looking for a kids bike", "get my son a bike". */
const WANTS_BIKE =
  /\b(?:looking for|shopping for|(?:want|need|hoping|planning)(?:ing)? to (?:get|buy|pick up)|thinking (?:of|about) (?:getting|buying)|in the market for|buy(?:ing)?|get(?:ting)? (?:my|our) \w+)\s+(?:[\w'"-]+\s+){0,4}?(?<!\b(?:my|our|his|her|their|the|this|that)\s+)(?:(?:e-?)?bikes?|hybrids?|commuters?|bmx|tricycles?|trikes?)\b(?!\s*(?:locks?|lights?|racks?|bags?|pumps?|helmets?|parts?|tires?|tyres?|tubes?|seats?|saddles?|computers?|shorts|shoes|stands?|chains?|bells?|baskets?|covers?|mounts?|fit|shop|service|repair|accessor\w*|fixed|repaired|serviced|tuned|looked|checked|back))/i;

/** Stock the shop says it holds: "we carry a few options in-store", "we have some 20-inch models right now". */
const IN_STOCK =
  /\b(?:we|i think we|i believe we)(?: (?:do|also|usually|currently|normally|generally))?(?:\s(?:have|carry|stock|keep|got)|'ve got|'ve)\b[^.;!?]{0,60}?\b(?:options|models|a few|several|some|range|selection|in[- ]store|in stock|on the floor|right now|to choose from|available)\b/i;

/**
 * "looking for a kids bike — what do you have?" → "We carry a few options in-store": stock claimed in answer to a
 * customer shopping for a bike sells bikes (the shop sells parts and accessories only). A clause naming a service,
 * negated, or a reply declining or referring anywhere, claims none.
 */
export function stockOffer(turn: AssistantTurn, clauses: readonly string[]): string | null {
  if (!WANTS_BIKE.test(turn.userText) || GENERAL_DECLINE.test(turn.text) || REFERRAL.test(turn.text)) return null;
  // Negation scoped to the stock claim: "with and without gears" later in the clause denies no stock.
  const held = (c: string) => {
    const m = IN_STOCK.exec(c);
    return m !== null && !negatedAt(c, m.index, m.index + m[0].length);
  };
  return clauses.find((c) => held(c) && !servicesIn(c).length) ?? null;
}
