import { memoKeyed } from "../../knowledge-base/text-memo";
import { asksForBikeStock, sellsToo } from "./bike-stock";
import { categoryNotOffered, shopBuys } from "./object-category";
import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { nearServices } from "./near-services";

/** The text as a literal inside a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Phrasings of services beyond the handbook's aliases ("true a wheel", "brakes adjusted"); squeaky brakes are a tune-up. */
const SERVICE_PHRASES: [ServiceId, RegExp][] = [
  [
    "truing",
    /\btru(e|ed|ing)\b(\s+\S+){0,3}\s+(wheels?|rims?)\b|\b(wheels?|rims?)\b(\s+\S+){0,3}\s+(tru(e|ed|ing)|straighten\w*)\b|\b(wobbly|buckled|bent|warped) (my |the |a |our )?(front |rear |back )?(wheel|rim)s?\b|\b(wheel|rim)s?\b(\s+[a-z']+){0,5}?\s+(wobbl\w*|buckl\w*|warp\w*|out of true)\b|\b(wheel|rim)(s|'s)? (is |are |has |have |keeps? )?(been |gone |started |now )?(a bit |slightly |really |all )?(buckled|bent|wobbly|warped|wavy|out of true|wobbl\w*|wobbles)\b|\b(get|have|need|want) (it|them|this|that) trued\b|\b(can|could|would|will|to|please|pls)( you| u| ya)? true (it|them|this|that|mine|up)\b|\btrued\b/,
  ],
  [
    "adjustment",
    /\b(brakes?|gears?|shifting|derailleurs?)\b(\s+\S+){0,3}\s+adjust\w*|\badjust\w*\s+(\S+\s+){0,2}(brakes?|gears?|derailleurs?)\b|\b(fix|sort|tweak|look at|check|service)\w*\s+(the |my |his |her |our )?(\S+\s+)?(shifting|gears?|derailleur)\b|\b(gears?|shifting|chain)\s+(is |are |keeps? )?(skipping|slipping|jumping|off|not shifting|grinding)\b|\b(gears?|brakes?|shifting|derailleur)\s+tweak\w*/,
  ],
  [
    "inspection",
    /\b(check|look|go)\w*\s+(my |the |his |her |our |this |an? )?(old |used |new |second-?hand )?(bikes?|bicycles?)\s+over\b|\b(is it|it's|its|if it's|whether it's|if it is) (still )?safe to ride\b|\bsafety check\b/,
  ],
  ["flat_repair", /\b(puncture[ds]?|flat (fix|tyre|tire))\b|\bfix(ing)? (a|my|the) flat\b/],
  ["tune_up", /\bsque+a?(k|l)\w*\b|\btun(e|ed|ing)[- ]?up\b|\btune\s+(my|the|a)\s+bike\b/],
  ["full_service", /\bfull(y)? servic\w*\b|\boverhaul\w*\b/],
  ["cable", /\b(brake|gear|shifter) cables?\b/],
];

/** Words putting the service after them out of scope ("not flat", "I'm not looking for a tune-up", "no need for a…"). */
const NEGATED =
  /\b(not|no|isn'?t|wasn'?t|don'?t|do not|never)\s+((looking for|after|asking about|interested in|need|want|needing|wanting|need for)\s+)?((a|an|the|any)\s+)?$/;

const compiled = new WeakMap<Handbook, { id: ServiceId; re: RegExp }[]>();

/** The handbook's service aliases as word regexes, longest first, compiled once per handbook (a turn reads them). */
function aliasRegexes(h: Handbook): { id: ServiceId; re: RegExp }[] {
  let out = compiled.get(h);
  if (!out) {
    out = h.services
      .flatMap((s) => s.aliases.map((a) => ({ id: s.id, a })))
      .sort((x, y) => y.a.length - x.a.length)
      .map(({ id, a }) => ({ id, re: new RegExp(`\\b${escapeRe(a)}s?\\b`, "g") }));
    compiled.set(h, out);
  }
  return out;
}

/** The tubes of a frame, which share a word with the inner tube of a flat repair. */
const FRAME_TUBE = /\b(seat|down|top|head|steerer|seat-|down-|top-|head-)\s?tubes?\b/g;

/** A cable of another trade ("the cable company", "cable TV bill", "a usb cable"), which names no cable replacement. */
const OTHER_CABLE =
  /\bcables?\s+(company|companies|provider|tv|television|bill|box|guy|internet|channel)s?\b|\b(usb|charging|charger|phone|hdmi|ethernet|power|extension|lightning)\s+cables?\b/g;

/** Every service a message names, in order of appearance (overlapping aliases count once, longest first). */
export function detectServices(h: Handbook, t: string): ServiceId[] {
  // A turn reads the same text several times (the message, its order reference, its topics): read once, copied out.
  return [...readOnce(servicesMemo, h, t, () => readServices(h, t))];
}

const servicesMemo = new WeakMap<Handbook, (key: string, read: () => ServiceId[]) => ServiceId[]>();
const notOfferedMemo = new WeakMap<Handbook, (key: string, read: () => string[]) => string[]>();

/** The reading of `key` under handbook `h`, computed on a miss (a bounded cache of 2,000 per handbook). */
function readOnce<T>(
  memo: WeakMap<Handbook, (key: string, read: () => T) => T>,
  h: Handbook,
  key: string,
  read: () => T,
): T {
  const remember = memo.get(h) ?? memoKeyed<T>(2000);
  memo.set(h, remember);
  return remember(key, read);
}

function readServices(h: Handbook, t: string): ServiceId[] {
  // A frame's tubes ("a crack near the seat tube") are no inner tube: they name no flat repair.
  let rest = t.replace(FRAME_TUBE, (m) => " ".repeat(m.length)).replace(OTHER_CABLE, (m) => " ".repeat(m.length));
  const hits: { id: ServiceId; at: number }[] = [];
  for (const { id, re } of aliasRegexes(h)) {
    for (const m of rest.matchAll(re)) {
      // "Not flat, just wobbly": a service said not to be the trouble is not named.
      if (!NEGATED.test(t.slice(Math.max(0, m.index - 40), m.index))) hits.push({ id, at: m.index });
      rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  }
  for (const [id, re] of SERVICE_PHRASES) {
    const m = re.exec(rest);
    if (m) hits.push({ id, at: m.index });
  }
  // "What's included in the $179 one?", "the 89 dollar service": a price only one service has names that service.
  for (const m of rest.matchAll(/\$\s?(\d{2,3})\b|\b(\d{2,3})\s?(?:dollars?|bucks|usd)\b/g)) {
    const priced = h.services.filter((s) => s.priceUsd === Number(m[1] ?? m[2]));
    if (priced.length === 1) hits.push({ id: priced[0]!.id, at: m.index });
  }
  // No service named as spelt: one named with a slip of one letter ("a ful service", "break pads").
  if (!hits.length) return nearServices(h, rest);
  return [...new Set(hits.sort((x, y) => x.at - y.at).map((x) => x.id))];
}

// Buying a bike in words the aliases miss: "how much is a new road bike", "do you sell e-bikes or used ones", "looking
// to purchase a used mtb" — a sale verb with a bike (not a bike part: "sell bike locks", not one's own bike: "I didn't
// buy my bike from you") or a used/new one as its object.
const BIKE = "(?:e-?bikes?|bikes?|bicycles?|mtbs?|ebikes?)";
const NOT_A_PART =
  "(?!\\s*(?:parts?|accessor\\w*|locks?|lights?|tubes?|tyres?|tires?|helmets?|pumps?|bells?|racks?|stands?|bags?|computers?|seats?|saddles?|chains?)\\b)";
const BIKE_SALE = new RegExp(
  `(?<!\\b(?:didn'?t|did not|never|not)\\s+)\\b(?:sell|sells|selling|buy|buying|purchase|purchasing)\\b(?:\\s+(?!for\\b|from\\b|to\\b)\\S+){0,3}?\\s+(?<!\\b(?:my|your|his|her|our|their)\\s+)${BIKE}\\b${NOT_A_PART}` +
    `|\\b(?:sell|sells|selling|buy|buying|purchase)\\s+(?:\\S+\\s+)?(?:new|used|second-?hand|refurbished)\\s+ones\\b` +
    `|\\bhow much (?:is|are|for) (?:a |an )?(?:new|used|second-?hand)\\s+(?:\\S+\\s+)?${BIKE}\\b|\\b${BIKE} for sale\\b`,
);

/** Words that make "a new bike" something to buy ("price of a new bike", "do you have new bikes"), not one owned. */
const SALE_CUE =
  /\b(sell|sells|selling|buy|buying|purchase|price|prices|cost|costs|how much|stock|for sale|looking for|shopping|carry|charge|do you (have|do)|got any)\b|\b(need|needs|want|wanna|get|getting|after|recommend) (a |an )?(brand )?new bikes?\b/;

/** Words just before an item that say it is not wanted ("nothing electrical", "no motor stuff", "don't need the battery"). */
export const NOT_WANTED =
  /\b(nothing|no|not|without|never|n'?t (need|want)|not (the|any|a)|(nothing|not) to do with( the| my)?)\s+(?:\w+\s+)?$/;

/**
 * An alias as a pattern that also meets its other forms: a one-word alias by its stem ("wiring" meets "wire", "rental"
 * meets "rentals"), a two-word one in either order ("fork service" meets "service my Fox forks").
 */
function aliasPattern(a: string): RegExp {
  const hit = patternCache.get(a);
  if (hit) return hit;
  const re = aliasRegExp(a);
  patternCache.set(a, re);
  return re;
}

// One compiled pattern per alias (the aliases are few and fixed per handbook; a turn reads every one).
const patternCache = new Map<string, RegExp>();

function aliasRegExp(a: string): RegExp {
  const ws = a.split(/\s+/);
  if (ws.length === 1) {
    const stem = a.replace(/(ing|ed|es|s|e)$/, "");
    return new RegExp(`\\b(?:${escapeRe(a)}s?|${escapeRe(stem)}(?:e|es|ed|ing|s)?)\\b`, "g");
  }
  // The verb's other forms too: "shock servicing", "servicing my rear shock" meet "shock service".
  const verb = ws.length === 2 ? escapeRe(ws[1]!.replace(/e$/, "")) : "";
  const fwd = ws.length === 2 ? `${escapeRe(a)}s?|${escapeRe(ws[0]!)}\\s+${verb}(?:e|es|ed|ing|s)` : `${escapeRe(a)}s?`;
  const rev = ws.length === 2 ? `|${verb}\\w*\\s+(?:[\\w'-]+\\s+){0,2}?${escapeRe(ws[0]!)}s?` : "";
  return new RegExp(`\\b(?:${fwd}${rev})\\b`, "g");
}

/** An e-bike named in words ("e-bike", "ebike", "electric bike"). */
const EBIKE = /\b(e-?bikes?|electric)/;

/**
 * Ids of "not offered" handbook items a message asks about. `earlier` (the customer's earlier messages, latest last):
 * an e-bike talked about a message or two before makes "the controller keeps cutting out" electrical work too.
 */
export function detectNotOffered(h: Handbook, t: string, earlier: string[] = []): string[] {
  const key = `${t}\u0000${earlier.join("\u0001")}`;
  return [...readOnce(notOfferedMemo, h, key, () => readNotOffered(h, t, earlier))];
}

function readNotOffered(h: Handbook, t: string, earlier: string[]): string[] {
  const ebikeTalk = EBIKE.test(t) || earlier.slice(-2).some((m) => EBIKE.test(m.toLowerCase()));
  // "New year, new bike lol", "just got a new bike, needs a tune-up": a new bike said with no sale word is the customer's.
  // "Gears and brakes mainly, nothing electrical": an item said not to be wanted is not asked about.
  const said = (a: string) =>
    [...t.matchAll(aliasPattern(a))].some((m) => !NOT_WANTED.test(t.slice(Math.max(0, m.index - 24), m.index))) &&
    (a !== "new bike" || SALE_CUE.test(t));
  const ids = h.notOffered
    .filter(
      (n) => n.aliases.some(said) || (n.id === "notoffered.bike_sales" && (BIKE_SALE.test(t) || asksForBikeStock(t))),
    )
    // The shop buying a bike is not the shop selling one: the handbook says nothing about it.
    .filter((n) => n.id !== "notoffered.bike_sales" || !shopBuys(t) || sellsToo(t))
    .map((n) => n.id);
  // A bare "display"/"sensor"/"controller" only counts as electrical work on an e-bike; "pay my rent" is no rental.
  const found = ids.filter(
    (id) =>
      (id !== "ebike.no_electrical" || ebikeTalk || /\b(wiring|electrical)\b/.test(t)) &&
      (id !== "notoffered.rentals" ||
        !/\b(my|the|our|pay|paying|paid|owe) rent\b/.test(t) ||
        /\brent(al)? (a|an|one|bikes?)\b/.test(t)),
  );
  // The thing's category ("my Fox 36 is leaking oil", "e-bike shows error E010") when no alias named the item; an
  // e-bike item already named (the motor, the battery) is the more precise one.
  for (const id of categoryNotOffered(t, earlier))
    if (!found.includes(id) && !(id.startsWith("ebike.") && found.some((x) => x.startsWith("ebike.")))) found.push(id);
  return found;
}

/**
 * Words before a service being replaced or not wanted: "not a tune-up", "instead of the full service", "switch from
 * truing", "I don't need a tune-up, just a flat fixed".
 */
const REPLACED_SERVICE =
  /(?:\b(?:not|instead of|rather than|no longer|from|no need for)|n't (?:need|want))\s+((?:[^\s,.;!?]+\s+){0,3}[^\s,.;!?]+)/g;

/** The services named, without the ones the customer replaces ("not tune up — full service" → full service only). */
export function keptServices(h: Handbook, t: string, services: ServiceId[]): ServiceId[] {
  if (services.length < 2) return services;
  const replaced = new Set([...t.matchAll(REPLACED_SERVICE)].flatMap((m) => detectServices(h, m[1]!).slice(0, 1)));
  const kept = services.filter((s) => !replaced.has(s));
  return kept.length ? kept : services;
}
