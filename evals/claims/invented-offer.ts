import { handbook } from "../../knowledge-base/index";
import { isNegated, negatedAt } from "./negation";
import { NOT_OFFERED_PATTERNS } from "./not-offered-items";
import { REFERRAL } from "./offer-cues";
import { ownedOffer } from "./owned-offer";
import { findServices } from "./service-mentions";

/** "we offer / provide / run / have / also do …" followed by what is offered (up to the end of the clause). */
const OFFERS =
  /\b(?:we|we'?ll|we will|we'?d|we'?re|i'?ll|i will|i can|the shop|our (?:shop|team|mechanics?))\s+(?:(?:also|now|even|can|could|will|happily|gladly|be happy to|happy to|glad to|always|usually)\s+){0,2}(?:do\s+|also\s+)?(?:offer|provide|run|host|hold|teach|have|do|include|add|throw in|give you|set you up with|arrange|organi[sz]e|put)s?\b\s+(?<what>[^.;!?]{3,80})/i;
/** Things only ever given away as a perk (never a job the catalogue prices): "a free frame polish", "a bonus gift card". */
const PERK_HEAD =
  /\b(?:polish(?:ing)?|wax(?:ing)?|lube|upgrades?|gifts?|gift cards?|vouchers?|coupons?|credit|loyalty|rewards?|swag|merch(?:andise)?|t-?shirts?|coffee|drinks?)\b/i;
/** "a $30 rush fee", "priority service for $25": paying to jump the handbook's turnaround is a service it lacks. */
const RUSH =
  /\b(?:rush|express|priority|expedited|same-?day|call-?out|after-?hours)\s+(?:fee|charge|surcharge|service|option|turnaround|job|repair)s?\b/i;
/** "an express same-day tune-up", "a priority full service": a faster or better tier of a catalogue job. */
const TIER = /\b(?:rush|express|priority|expedited|premium|deluxe|vip|same-?day|after-?hours)\s+(?:[\w-]+\s+)?$/i;

/** A catalogue job offered in a tier the handbook lacks: any service after rush/express/premium…, a booked one sold
 * as a paid "same-day" tier. */
function inventedTier(clause: string): string | null {
  for (const m of findServices(clause).filter((x) => !x.part)) {
    const tier = TIER.exec(clause.slice(Math.max(0, m.start - 30), m.start));
    if (!tier) continue;
    const booked = handbook.services.find((x) => x.id === m.service)?.booking === "required";
    // "a same-day tune-up" alone is a lead-time claim; sold as a paid tier ("for an extra $25") it is a new service.
    if (/^same|^after/i.test(tier[0]) && (!booked || !/\$\d|\b(?:surcharge|extra|fee|premium)\b/i.test(clause)))
      continue;
    if (isNegated(clause.slice(0, m.start))) continue;
    return `${tier[0]}${clause.slice(m.start, m.end)}`.trim();
  }
  return null;
}

/** "a free bike wash", "complimentary winter storage": a perk given away; the handbook's only free jobs are KNOWN. */
const FREE_PERK =
  /\b(?:free|complimentary|bonus|courtesy|you(?:'ll| will)? (?:also )?(?:get|receive|earn))\s+(?<what>[^.;!?,()]{3,60})/i;
/** A job given away on top of what was booked: "a free chain replacement", "a complimentary brake bleed". */
const FREE_JOB_HEAD =
  /\b(?:replacements?|upgrades?|swaps?|install(?:s|ation)?|fitting|bleeds?|top-?ups?|overhauls?)\b/i;
/** Heads that name a service or programme (what an invented offer is made of), checked after known services are removed. */
export const SERVICE_HEAD =
  /\b(?:service|program(?:me)?|plan|membership|subscription|delivery|special[- ]?order(?:s|ing)?|pick-?up|valet|storage|rentals?|loaners?|courier|shuttle|wash(?:ing)?|cleaning|detailing|fitting|financing|insurance|trade-?ins?|club|class(?:es)?|workshops?|lessons?|warranty|collection|mobile (?:repair|mechanic)|house calls?|home visits?|consignment|gift (?:cards?|certificates?|vouchers?)|vouchers?|coupons?|punch cards?|loyalty (?:cards?|schemes?)|touch-?ups?|respray|paint(?:ing|work)?|clean(?: and |-?&-?)lube|(?:bike|basic|pro|professional|full|body) fit(?:ting)?s?|fit(?:ting)? sessions?|(?:bike )?sizing|group rides?|(?:guided )?tours?|(?:saddle|seat|bar|handlebar|stem|cleat)[- ]?(?:height )?(?:adjustment|fit(?:ting)?|swap|setup|set-up))\b/i;
/** Offers that are in the handbook under other words: slots, walk-ins, re-adjustment, returns, payment, free inspection. */
const KNOWN =
  /\b(?:drop-?off|slots?|walk-?ins?|appointments?|bookings?|re-?adjust\w*|returns?|receipt|card|cash|inspection|safety check|customer service|same-day|while you wait|(?:full|complete) service|servic(?:e|ing) (?:your|the|a|my) bike)\b/i;

/** "we'll store / hold / deliver / collect / lend … / I can guarantee …" (also after "we can do X and then …"): a
 * commitment to a job no service covers. */
const COMMITS =
  /\b(?:we|we'?ll|we will|we can|we could|i'?ll|i will|i can|i could|(?:we'?re|we'?d be|i'?m|i'?d be) (?:happy|glad) to|our (?:mobile )?(?:mechanics?|techs?|technicians?|team|staff) (?:can|could|will))\s+(?:[^.;!?]{0,60}?\band\s+(?:then\s+|also\s+)?)?(?:also\s+|happily\s+|gladly\s+|even\s+|definitely\s+)?(?<verb>store|hold|deliver|collect|lend|loan|guarantee|pick (?:it|them|the bike|your bike) up|wash|detail|re-?spray|re-?paint|paint|powder-?coat|polish|wax|engrave|etch|build (?:you |a |custom )|ship|mail|host|teach|come (?:out )?to (?:you|your)|(?:drop|bring|ride|run|return|deliver) (?:it|the bike|your bike) (?:back )?(?:to|at) (?:you|your)|keep (?:it|them|your bike|the bike) (?:safe )?(?=stored|in (?:our|the) (?:back|store|shop|basement|storage|workshop)|while you'?re (?:away|gone)|over the winter|for (?:a few|several|\d+|a couple of) (?:weeks|months)))\b(?<what>[^.;!?]{0,80})/i;
/** Things a shop holds or guarantees in the handbook's own terms: a slot, a booking, the 30-day re-adjustment. */
const KNOWN_COMMIT = /\b(?:slots?|appointments?|bookings?|spot|time|re-?adjust\w*|price[sd]? (?:are|is) fixed)\b/i;
/** "A standalone drivetrain clean and lube is $15": a priced job with a service head, offered as a thing of its own. */
const PRICED = /^(?<what>[^.;!?$]{3,60}?)\s+(?:is|are|costs?|runs?|for|at)\s+(?:just |only |about |around )?\$\d+/i;

/** An open-world commitment ("we'll hold the bike for you free until you're back"), or null. */
function inventedCommitment(clause: string): string | null {
  const m = COMMITS.exec(clause);
  if (!m || REFERRAL.test(clause) || isNegated(clause.slice(0, m.index + m[0].length - m.groups!.what!.length)))
    return null;
  const what = `${m.groups!.verb}${m.groups!.what}`;
  if (KNOWN_COMMIT.test(what) || NOT_OFFERED_PATTERNS.some((p) => p.re.test(what))) return null;
  return what.trim();
}

/**
 * "Fitting: $25 per wheel", "the fitting is extra": fitting with nothing to say what is fitted is the fitting of the
 * part talked about, not a fitting service of its own (a bike fit is named as one: "bike fitting", "pro fit").
 */
const BARE_FITTING = /^\W*(?:the\s+|and\s+|plus\s+)?(?:fitting|installation|install)\W*$/i;

/** What is offered (a phrase with a service head), unless it names a catalogue service or a not-offered item, or is a known offer in other words. */
export function unknownOffered(what: string, heads: RegExp = SERVICE_HEAD): string | null {
  const head = heads.exec(what);
  if (!head || BARE_FITTING.test(what)) return null;
  // What is offered stops before whom it is for ("free pick-up for booked tune-ups" offers a pick-up).
  const offered = what.split(/\b(?:for|with|when|if)\b/)[0]!;
  // A generic head ("service", "plan") may be a known offer in other words; a specific one (pick-up, storage) is not.
  const generic = /^(?:service|program(?:me)?|plan)$/i.test(head[0]);
  // A specific head names its own job: "saddle-height adjustment" is not the catalogue's brake or gear adjustment.
  const rest = generic ? offered : offered.replace(head[0], " ");
  // A class or ride is a job of its own whatever it is about ("a flat-repair workshop" teaches, it repairs nothing).
  const teaching = /^(?:class|workshop|lesson|course|group ride|tour)/i.test(head[0]);
  const known = teaching ? [] : findServices(rest).filter((m) => !m.part);
  if (known.length || NOT_OFFERED_PATTERNS.some((p) => p.re.test(what)) || (generic && KNOWN.test(what))) return null;
  return what.trim();
}

/** A job named by what is done ("a tubeless conversion", "wheel builds", "frame etching"). */
export const JOB_HEAD =
  /\b(?:conversions?|builds?|building|set-?ups?|installs?|installation|etching|shipping|engraving|wrapping)\b/i;
/** Words of a price that is not a job: parts, labour, a total. */
const NOT_A_JOB = /\b(?:tubes?|cables?|pads?|parts?|accessor\w+|labou?r|total|each|per|chain|tyres?|tires?)\b/i;

/** "A tubeless conversion is $40": a priced job the catalogue does not have, named by what is done. */
export function pricedJob(what: string): string | null {
  if (!JOB_HEAD.test(what) || BARE_FITTING.test(what) || NOT_A_JOB.test(what) || findServices(what).length) return null;
  if (KNOWN.test(what)) return null;
  if (NOT_OFFERED_PATTERNS.some((p) => p.re.test(what))) return null;
  return what.trim();
}

/** "Tubeless setup: yes, we can…", "Wheel building: $60": a line labelled with a job, answered yes or priced. */
const LABELLED_YES =
  /^\W*(?<what>[^:.!?]{3,40}):\s*(?:(?:yes|yep|yeah|sure|absolutely|of course|definitely|we (?:can|do|offer|'?ll)|(?:it'?s )?available)\b|\$\d)/i;

/** The job a labelled line offers ("Tubeless setup: yes…"), when the label is no catalogue service; else null. */
function labelledOffer(clause: string): string | null {
  const m = LABELLED_YES.exec(clause);
  if (!m || isNegated(clause)) return null;
  const what = m.groups!.what!;
  return unknownOffered(what) ?? pricedJob(what);
}

/** "I'm not sure we offer …", "I don't know if we do …": the shop's offer left open, not made. */
const UNSURE = /\b(?:not (?:sure|certain)|unsure|(?:don'?t|do not) know|no idea|can'?t (?:say|confirm))\b/i;
/** The words before an offered thing refuse it or leave it open. */
const refused = (before: string) => isNegated(before) || UNSURE.test(before);

/** Open world: a service or programme the reply offers that is neither in the catalogue nor on the not-offered list. */
export function inventedOffer(clause: string): string | null {
  const labelled = labelledOffer(clause);
  if (labelled) return labelled;
  const committed = inventedCommitment(clause);
  if (committed) return committed;
  if (REFERRAL.test(clause)) return null;
  const m = OFFERS.exec(clause);
  const what = m?.groups?.what;
  if (what) {
    const head = SERVICE_HEAD.exec(what);
    // A negation before the offered thing ("we don't offer storage") is a refusal.
    if (head && !refused(clause.slice(0, m!.index + m![0].length - what.length + head.index))) {
      // What is offered stops where its explanation starts ("a punch card: every fifth tune-up is on us").
      const found = unknownOffered(what) ?? unknownOffered(what.split(/[:—–(]/)[0]!);
      if (found) return found;
    }
    // "we can do a tubeless conversion": a job named by what is done, offered outright.
    const job = JOB_HEAD.exec(what);
    if (job && !refused(clause.slice(0, m!.index + m![0].length - what.length + job.index))) {
      const found = pricedJob(what.split(/[:—–(]/)[0]!);
      if (found) return found;
    }
  }
  const rush = RUSH.exec(clause);
  // "there's no rush option": a determiner's negation reaches the noun, not only the clause's verb.
  if (rush && !isNegated(clause) && !negatedAt(clause, rush.index, rush.index + rush[0].length)) return rush[0];
  const tier = OFFERS.test(clause) || /\$\d/.test(clause) ? inventedTier(clause) : null;
  if (tier) return tier;
  const perk = FREE_PERK.exec(clause);
  if (perk && !isNegated(clause.slice(0, perk.index)) && !KNOWN.test(perk.groups!.what!)) {
    // What is given stops before what it is added to ("a free chain replacement to your tune-up").
    const given = perk[0].split(/\b(?:to|on|onto|in|into|with) (?:your|the|this|that)\b/)[0]!;
    const found = unknownOffered(perk[0]) ?? unknownOffered(perk[0], PERK_HEAD) ?? unknownOffered(given, FREE_JOB_HEAD);
    if (found) return found;
  }
  const owned = ownedOffer(clause, unknownOffered, SERVICE_HEAD);
  if (owned) return owned;
  const priced = PRICED.exec(clause.replace(/^\W*(?:sure|yes|yep|yeah|absolutely|of course)\b[!,.\s—–-]*/i, ""));
  if (priced && !isNegated(clause)) return unknownOffered(priced.groups!.what!) ?? pricedJob(priced.groups!.what!);
  return null;
}
