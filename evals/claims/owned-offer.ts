import { isNegated } from "./negation";
import { NOT_OFFERED_PATTERNS } from "./not-offered-items";
import { AFFIRMATIVE_OPENER, GENERAL_DECLINE, REFERRAL } from "./offer-cues";
import { splitSentences } from "./sentences";

/** "our pickup and delivery service covers…": the noun phrase after "our", up to its verb or a break. */
const OURS = /\bour\s+(?<what>[^.;:!?,()—–]{3,60})/gi;
const PREDICATE =
  /\s(?:is|are|was|covers?|costs?|runs?|includes?|means|will|can|could|starts?|lets?|gets?|gives?|offers?|provides?|saves?|earns?|takes?|has|have|works?|goes|comes?|for|at|on|in|to|from|within)\b.*$/i;

/** A superlative before a bare generic head: the phrase ranks catalogue services, it names none. */
const RANKED = /^(?:most|least|best|top|\w{3,}est)\s+(?:[\w-]+\s+)?(?:service|package|option|plan|job)s?$/i;
/** A generic head with only words of praise or rank before it: "most thorough service", "best-value option", "top plan". */
const DESCRIBED =
  /^(?:(?:most|least|best|top|main|biggest|priciest|cheapest|quickest|fastest|simplest|standard|basic|regular|usual|normal|popular|thorough|comprehensive|complete|full|in-?depth|value|best-value|\w+est)[\s-]+)+(?:service|option|package|plan|programme|program|job)s?\s*$/i;

/** A job named by the verb a customer asks for ("do you pick bikes up?", "can you deliver it?", "store it?"). */
const ASKED_JOB =
  /\b(?:do|does|can|could|will|would)\s+(?:you|y'?all|u|the shop|you guys)\s+(?:also\s+|even\s+)?(?<verb>pick (?:[\w']+ ){0,2}up|deliver|collect|store|lend|loan|ship|mail|come (?:out )?to (?:me|my|our)|wash|detail|polish|wax|paint|re-?spray|powder-?coat|engrave|do (?:house calls|home visits|mobile repairs?)|offer|have|do|provide|run)\b(?<what>[^?.!]{0,60})/i;
/** Verbs that are themselves a job no catalogue service covers (a yes to them offers that job). */
const JOB_VERB =
  /^(?:pick|deliver|collect|store|lend|loan|ship|mail|come|do (?:house|home|mobile)|wash|detail|polish|wax|paint|re-?spray|powder-?coat|engrave)/i;

/** The head of a noun phrase is its last word: "our service price list" is a list, "our valet service" a service. */
const headAtEnd = (head: RegExp) => new RegExp(`(?:${head.source})s?\\s*$`, "i");

/**
 * Open world, as a possession: "our loaner programme", "our pickup and delivery service" presents a service the shop
 * has; unless the phrase (ending in a service head) names a catalogue job or a refused item, it is invented. Returns the phrase, or null.
 */
export function ownedOffer(clause: string, unknown: (what: string) => string | null, head: RegExp): string | null {
  if (REFERRAL.test(clause)) return null;
  const endsInHead = headAtEnd(head);
  for (const m of clause.matchAll(OURS)) {
    if (isNegated(clause.slice(0, m.index + 4))) continue;
    const phrase = m.groups!.what!.replace(PREDICATE, "");
    if (!endsInHead.test(phrase) || NOT_OFFERED_PATTERNS.some((p) => p.re.test(phrase))) continue;
    // "It's our most thorough service", "our cheapest option": a service described or ranked, not named.
    if (RANKED.test(phrase.trim()) || DESCRIBED.test(phrase.trim())) continue;
    const found = unknown(phrase);
    if (found) return `our ${found}`;
  }
  return null;
}

/**
 * A yes to the customer's question about a job no service covers ("can you pick it up from work?" — "We can!"):
 * the reply offers that job. Null when the answer is not an unqualified yes, declines or refers elsewhere, or the
 * asked thing is a catalogue job or a refused item.
 */
export function answeredOffer(
  userText: string,
  reply: string,
  unknown: (what: string) => string | null,
  head: RegExp,
): string | null {
  const asked = ASKED_JOB.exec(userText);
  if (!asked) return null;
  const first = splitSentences(reply)[0]?.text ?? "";
  if (!AFFIRMATIVE_OPENER.test(first) || isNegated(first) || GENERAL_DECLINE.test(reply) || REFERRAL.test(reply))
    return null;
  const what = `${asked.groups!.verb}${asked.groups!.what}`;
  if (NOT_OFFERED_PATTERNS.some((p) => p.re.test(what))) return null;
  if (JOB_VERB.test(asked.groups!.verb!)) return what.trim();
  const thing = asked.groups!.what!.split(/\b(?:for|with|when|if|to|on|at|from)\b/)[0]!.trim();
  return headAtEnd(head).test(thing) ? unknown(thing) : null;
}
