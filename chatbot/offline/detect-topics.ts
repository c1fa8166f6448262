import type { Handbook, ServiceId } from "../../knowledge-base/index";
import type { Topic } from "../schema";

const TOPIC_PATTERNS: [Topic, RegExp][] = [
  ["hours", /\b(open|opens|opening|close|closes|closing|closed|hours|what time|until when|how late|how early)\b/],
  ["location", /\b(where|address|located|location|directions|parking|find you)\b/],
  ["contact", /\b(phone|call you|email|e-mail|number|contact|reach you)\b/],
  ["prices", /\b(how much|price|prices|pricing|cost|costs|charge|charges|fee|fees|expensive|cheap|rates?)\b|\$/],
  ["services", /\b(do you (do|fix|offer|service|repair|handle|work on|sell|rent)|services|what do you do|can you (fix|do|repair|service|update|rebuild|diagnose|test)|include|includes|included)\b/],
  ["ebike", /\b(e-?bikes?|e bikes?|electric bikes?|pedal assist|pedelec)\b/],
  ["walk_in", /\b(walk[- ]?ins?|walk in|just show up|drop in|drop by|without (an )?(appointment|booking)|come by)\b/],
  ["booking_policy", /\b(same[- ]day|in advance|ahead of time|how far ahead|need to book|need an appointment|need a booking|book ahead|have to book|notice)\b/],
  ["payment", /\b(pay|pays|paying|payment|payments|cards?|cash|deposits?|credit|debit)\b/],
  ["workmanship", /\b(warranty|guarantee|guaranteed|re-?adjust\w*|still not right|comes? back)\b/],
  ["refunds", /\b(refund|refunds|refundable|money back)\b/],
  ["returns", /\b(return|returns|exchange)\b/],
  ["busy_times", /\b(busy|busiest|quiet|quietest|rush|crowded|queue|best time|wait long|long wait)\b/],
  ["duration", /\b(how long|ready by|when will it be ready|turnaround|take long|how many days|how quick)\b/],
  ["holidays", /\b(thanksgiving|christmas|xmas|new year'?s?|holiday|holidays)\b/],
];

const CANCEL_POLICY = /\b(what|how) (if|about if) i (can'?t|cannot|can not) (make it|come)\b|\bcancel\w*\b.*\b(policy|fee|charge|cost|late|last minute|rules?)\b|\b(what|how|can i|do you|is there).*\bcancel\w*|\bcancellation\b/;

/** Handbook topics mentioned in a (lower-cased) message. */
export function detectTopics(t: string): Topic[] {
  const topics = TOPIC_PATTERNS.filter(([, re]) => re.test(t)).map(([topic]) => topic);
  if (CANCEL_POLICY.test(t)) topics.push("cancellation_policy");
  return [...new Set(topics)];
}

/** True when "cancel" refers to the policy rather than to cancelling a booking. */
export function isCancellationPolicyQuestion(t: string): boolean {
  return CANCEL_POLICY.test(t) && !/\b(cancel|scrap|drop) (my|the|our) (booking|appointment|tune|slot|reservation)/.test(t);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The service a message names, longest alias first ("squeaky brakes" count as a tune-up, per the handbook). */
export function detectService(h: Handbook, t: string): ServiceId | null {
  if (/\bsqueak\w*\b/.test(t)) return "tune_up";
  const aliases = h.services.flatMap((s) => s.aliases.map((a) => ({ id: s.id, a }))).sort((x, y) => y.a.length - x.a.length);
  const hit = aliases.find(({ a }) => new RegExp(`\\b${escapeRe(a)}s?\\b`).test(t));
  return hit?.id ?? null;
}

/** Phrasings of services beyond the handbook's aliases ("true a wheel", "brakes adjusted"); squeaky brakes are a tune-up. */
const SERVICE_PHRASES: [ServiceId, RegExp][] = [
  ["truing", /\btru(e|ed|ing)\b(\s+\S+){0,3}\s+(wheels?|rims?)\b|\b(wheels?|rims?)\b(\s+\S+){0,3}\s+(tru(e|ed|ing)|straighten\w*)\b|\b(wobbly|buckled|bent) (front |rear |back )?(wheel|rim)s?\b|\b(wheel|rim)s? (is |are |has |have )?(gone )?(buckled|bent|wobbly|warped|out of true)\b/],
  ["adjustment", /\b(brakes?|gears?|shifting|derailleurs?)\b(\s+\S+){0,3}\s+adjust\w*|\badjust\w*\s+(\S+\s+){0,2}(brakes?|gears?|derailleurs?)\b/],
  ["flat_repair", /\b(puncture[ds]?|flat (fix|tyre|tire))\b|\bfix(ing)? (a|my|the) flat\b/],
  ["tune_up", /\bsque(ak|al)\w*\b|\btun(e|ing)[- ]?up\b|\btune\s+(my|the|a)\s+bike\b/],
  ["full_service", /\bfull(y)? servic\w*\b|\boverhaul\w*\b/],
  ["cable", /\b(brake|gear|shifter) cables?\b/],
];

/** Every service a message names, in order of appearance (overlapping aliases count once, longest first). */
export function detectServices(h: Handbook, t: string): ServiceId[] {
  const aliases = h.services.flatMap((s) => s.aliases.map((a) => ({ id: s.id, a }))).sort((x, y) => y.a.length - x.a.length);
  let rest = t;
  const hits: { id: ServiceId; at: number }[] = [];
  for (const { id, a } of aliases) {
    const re = new RegExp(`\\b${escapeRe(a)}s?\\b`, "g");
    for (const m of rest.matchAll(re)) {
      hits.push({ id, at: m.index });
      rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  }
  for (const [id, re] of SERVICE_PHRASES) {
    const m = re.exec(rest);
    if (m) hits.push({ id, at: m.index });
  }
  return [...new Set(hits.sort((x, y) => x.at - y.at).map((x) => x.id))];
}

/** Ids of "not offered" handbook items a message asks about. */
export function detectNotOffered(h: Handbook, t: string): string[] {
  const ids = h.notOffered.filter((n) => n.aliases.some((a) => new RegExp(`\\b${escapeRe(a)}s?\\b`).test(t))).map((n) => n.id);
  // A bare "display"/"sensor"/"controller" only counts as electrical work on an e-bike.
  return ids.filter((id) => id !== "ebike.no_electrical" || /\b(e-?bike|electric)/.test(t) || /\b(wiring|electrical)\b/.test(t));
}
