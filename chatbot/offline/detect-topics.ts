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

/** Ids of "not offered" handbook items a message asks about. */
export function detectNotOffered(h: Handbook, t: string): string[] {
  const ids = h.notOffered.filter((n) => n.aliases.some((a) => new RegExp(`\\b${escapeRe(a)}s?\\b`).test(t))).map((n) => n.id);
  // A bare "display"/"sensor"/"controller" only counts as electrical work on an e-bike.
  return ids.filter((id) => id !== "ebike.no_electrical" || /\b(e-?bike|electric)/.test(t) || /\b(wiring|electrical)\b/.test(t));
}
