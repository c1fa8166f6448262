// Parts and accessories a customer may ask to buy (the handbook: "we sell parts and accessories only").
const ITEM =
  "(?:parts?|accessor\\w*|helmets?|locks?|lights?|(?:inner )?tubes?|tyres?|tires?|pumps?|bells?|bottles?|cages?|saddles?|pedals?|chains?|brake pads?|grips?|bar tape|mudguards?|fenders?|racks?|panniers?|gloves?|computers?|kickstands?|sealant|lube|cleats?)";
const ASKS_TO_BUY = new RegExp(
  `\\b(?:sell|sells|selling|stock|stocks|carry|buy|purchase|pick up)\\b[^.?!]{0,30}\\b${ITEM}\\b|\\b(?:got|have|any) (?:any|some)?\\s*[^.?!]{0,20}\\b${ITEM}\\b[^.?!]{0,20}\\bin stock\\b|\\b${ITEM}\\b[^.?!]{0,20}\\bin stock\\b|\\b(?:got|have you got|do you have) any\\b[^.?!]{0,20}\\b${ITEM}\\b`,
  "i",
);
// "Can you pick up my chain and get it replaced", "I got a flat tube": work done or a thing had is no purchase.
const NOT_A_PURCHASE =
  /\b(?:my|our)\s+(?:\w+\s+)?(?:tubes?|tyres?|tires?|chains?|locks?|lights?)\b[^.?!]{0,20}\b(?:fixed|replaced|done|sorted|changed|repaired|pumped|inflated)\b/i;

/** True when a message asks whether the shop sells (or has in stock) a part or an accessory. */
export function asksForParts(message: string): boolean {
  const t = String(message ?? "").slice(0, 4000);
  return ASKS_TO_BUY.test(t) && !NOT_A_PURCHASE.test(t);
}
