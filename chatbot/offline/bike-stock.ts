/** A bike by its kind ("a hybrid", "road bikes", "kids' bikes", "a used mtb", "e-bikes"), never a bike part. */
const BIKE_KIND =
  /(?<!\b(?:my|your|his|her|our|their|the|this|that) (?:\S+ )?)\b(?:(?:hybrid|road|gravel|mountain|kids?'?|children'?s|city|commuter|electric|cargo|folding|touring|bmx|fixie|used|second[- ]?hand|pre-?owned|refurbished|new|e-?)[ -]?(?:bikes?|bicycles?)|hybrids|mtbs|e-?bikes)\b(?!\s*(?:parts?|accessor\w*|locks?|lights?|tubes?|tyres?|tires?|helmets?|pumps?|bells?|racks?|stands?|bags?|computers?|seats?|saddles?|chains?|repairs?|service)\b)|\ba (?:new |used |second[- ]?hand )?hybrid\b/;
/** Asking what the shop has to sell ("in stock", "do you carry", "got any … for sale", "what … do you have"). */
const STOCK =
  /\b(?:in stock|stock|stocks|carry|range|for sale|on sale|on the shop floor|showroom)\b|\b(?:do|does) (?:you|the shop) (?:have|sell)\b|\b(?:have you|you) got any\b|\bgot any\b|\bwhat (?:\S+ ){0,3}(?:do you have|have you got|you got)\b|\blooking (?:for|to get) (?:a|an) (?:new |used )?\b/;
/** Trading a bike in ("do you do trade-ins?", "part-exchange my old one", "trade up"). */
const TRADE_IN = /\btrade[- ]?ins?\b|\bpart[- ]?ex(?:change)?\b|\btrade (?:it |my \S+ (?:\S+ )?)?(?:in|up)\b/;

/**
 * Whether a message asks the shop for a bike to buy in words the handbook's aliases miss: a kind of bike asked for as
 * stock ("what hybrids do you have in stock around $600?", "kids bikes in stock?") or a trade-in, in one clause. The
 * shop sells parts and accessories only, so it is the bike-sales item not offered; one's own bike ("my road bike")
 * and bike parts ("road bike tyres") are not asked for.
 */
export function asksForBikeStock(t: string): boolean {
  if (TRADE_IN.test(t)) return true;
  return (t.match(/[^.?!;\n]+/g) ?? []).some((c) => BIKE_KIND.test(c) && STOCK.test(c));
}

/** A bike to buy asked beside one offered to the shop ("any second-hand bikes for sale, or a part-exchange?", "for a newer one"). */
export function sellsToo(t: string): boolean {
  return /\b(?:you|u) (?:\w+ )?sell\b|\bfor sale\b|\bin stock\b|\bfor a (?:new|newer|better) (?:one|bike)\b|\bupgrade\b/.test(
    t,
  );
}
