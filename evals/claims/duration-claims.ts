import { NUMBER_WORDS, type ServiceId } from "../../knowledge-base/index";
import { isComparedObject } from "./compared-object";
import type { SubjectLink } from "./confidence";
import { ARRIVAL_AFTER, namesForeignJob } from "./foreign-subject";
import { wordAmount } from "./money-mentions";
import { negatedAt } from "./negation";
import { splitClauses, splitSentences } from "./sentences";
import { findServices, subjectAfter } from "./service-mentions";

/** A turnaround the reply gives for one service, as a span in minutes (a business day counts as 1,440). */
export interface DurationClaim {
  /** Null when no service can be tied to it (none named in the sentence, none in focus): the value is unlinked. */
  service: ServiceId | null;
  min: number;
  max: number;
  text: string;
  sentence: string;
  /** How the service was tied to the span (its clause, the sentence, the sentence before, the conversation's focus). */
  link: SubjectLink;
}

const NUM: Record<string, number> = {
  ...NUMBER_WORDS,
  "a couple": 2,
  "a couple of": 2,
  "a few": 3,
  several: 3,
  "half an": 0.5,
  "half a": 0.5,
};
/** Counts in words up to ninety-nine ("twenty-five", "forty five", "ninety"), besides the small ones. */
const WORD_N =
  "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eight|nine|ten|eleven|twelve|fifteen|eighteen";
const N = `\\d+(?:\\.\\d+)?|${WORD_N}|an?|one|two|three|four|five|six|seven|a couple(?: of)?|a few|several|half an?`;
const DURATION = new RegExp(
  `(?<!\\b(?:every|each)\\s)\\b(${N})(?:\\s*(?:-|–|to|or)\\s*(${N}))?(?:\\s*|-)(?:business |working )?(minutes?|mins?|hours?|hrs?|days?|weeks?)\\b(?!\\s+(?:ago|back)\\b)`,
  "gi",
);
/** After a named day: "…we're open", "…that's free", "…with a slot": the day is picked out, not a time taken. */
const DAY_PICKED_AFTER =
  /^\s*(?:(?:that|when)\s+)?(?:we(?:'re| are)?|you(?:'re| are)?|the shop(?: is)?|it'?s|there(?:'s| is| are))\s+(?:\w+\s+)?(?:open|free|available|in|have|has)\b|^\s*(?:that'?s|that is)\s+(?:open|free|available)\b/i;
const PHRASES: [RegExp, number, number][] = [
  // Waiting at the counter: minutes, not an hour ("about 20 minutes" for a flat, "about 15" for an inspection).
  [/\bwhile you wait\b/i, 0, 20],
  // "the same afternoon", "later this afternoon": a turnaround within the day.
  [/\b(?:the )?same (?:afternoon|morning|evening)\b|\blater (?:this|today|that) (?:afternoon|evening)\b/i, 60, 600],
  [
    /\bsame[- ]day\b(?! (?:bookings?|appointments?|slots?|drop-?offs?))|\bby (?:the )?end of (?:the )?day\b|\blater (?:that|the same) day\b/i,
    60,
    600,
  ],
  [/\b(?:in|within) (?:about )?an hour\b/i, 30, 60],
  // A turnaround named as a day, not a count: "ready next day", "overnight", "back by tomorrow".
  [
    /\b(?:(?:the )?next[- ]day|overnight|(?:ready|done|finished|fixed|have (?:it|them|(?:the|your) [\w-]+))(?: \w+)? (?:by )?tomorrow|the following day)\b(?! (?:slots?|appointments?|bookings?|drop-?offs?))/i,
    1440,
    1440,
  ],
];
const CUE =
  /\b(?:takes?|taking|ready|done|fix(?:ed)?|have|get|need|turnaround|turn-around|turn around|back|finished|wait|complete[d]?|usually|typically|normally|generally|within|plan (?:on|for)|budget|count on|figure on|reckon on|set aside|expect|have it|get it back|allow|give us|quick|while|keep|without (?:it|them|the bike|your (?:[\w-]+ )?bike)|hold on to|job)\b/i;
/** The customer asked for a turnaround ("how long…", "when will it be ready"): a bare span in the reply answers it. */
const ASKED_HOW_LONG =
  /\bhow (?:long|quick(?:ly)?|fast|many (?:days|hours|minutes))\b|\bwhen (?:will|would|can|could) (?:it|i|they|my|the)\b[^?]{0,40}\b(?:ready|done|back|finished|pick)|\bturn-?around\b/i;
/** ", and a bit longer in the rush": a coordinated clause after a comma carries its own predicate ("so" does not:
 * it draws a consequence from what came before). */
const COORDINATE = /,\s*(?:and|plus)\b/gi;
/** "several days away", "three weeks in, you're covered", "two weeks is well within that": a distance in time
 * or a span measured against a limit, not a turnaround. */
const DISTANCE_AFTER =
  /^\s*(?:away|from now|old|in\b(?=\s*(?:[,.;:!—–]|$))|(?:is|are|was)\s+(?:well |still |comfortably |easily )?(?:within|inside|under|less than|before)\b)/i;
/** "Full service: 3–5 business days" (a label, a colon, then the span) states a turnaround without a verb. */
const LABELLED =
  /^[^:]{2,40}:\s*(?:about |around |roughly |usually |typically )?(?:\d|one|two|three|four|five|a few)\b/i;
/** "I can guarantee it'll be ready…", "guaranteed done by…": a promise of the turnaround, not a workmanship guarantee. */
const PROMISE_VERB =
  /\b(?:(?:can|could|will|'ll|i|we)\s+(?:\w+\s+)?guarantee(?=\s+(?:that|it|you|they|your|the|we))|guaranteed?\s+(?:to be |to have it |it'?ll be )?(?:ready|done|finished|back|complete)\b)/gi;
const NOT_TURNAROUND =
  /\b(?:ahead|notice|in advance|reschedul\w*|for changes|before (?:your|the|an?) (?:appointment|drop-off|booking)|cancel\w*|refund\w*|return\w*|re-?adjust\w*|re-?work\w*|re-?do\b|re-?fix\w*|covered|coverage|comes? with|window|guarantee|warranty|after opening|busiest|rush(?! (?:job|order|service|repair))|first (?:two|2) hours|prior|book(?:ed|ing)? (?:at least|for)|receipt|slots?)\b/i;

/** "At 10 days you're well within that", "it's been about 3 days", "that was 2 weeks": time passed, not a turnaround. */
const ELAPSED = /(?:^|[^\w'])(?:at|been|it'?s been|that was|for the (?:last|past))\s+(?:about |around |only |just )?$/i;
/** "Each takes 15 minutes, so for four bikes plan on an hour": a total over several items, not one job's turnaround. */
const AGGREGATE =
  /\b(?:\d+|two|three|four|five|six|both|all)\s+(?:of (?:them|those)|bikes|wheels|flats|tyres|tires|jobs|services|inspections)\b/i;

/**
 * "the drop-off itself only takes 15 minutes", "checking it in takes a few minutes": a span whose clause has another
 * subject (the visit, the handover, the paperwork) is that thing's length, not a service's turnaround.
 */
const OTHER_SUBJECT =
  /\b(?:(?:the|your|a)\s+)?(?:drop-?off|drop off|check-?in|hand-?over|paperwork|visit|consultation|appointment|booking|sign-?in|(?:dropping|checking|signing) (?:it|the bike|your bike) (?:off|in))\s+(?:itself\s+)?(?:\w+\s+){0,3}?(?:takes?|lasts?|is|should take|will take|only takes)\b[^.;]*$/i;

/** "you'd be without the bike for 3 days": the time the customer goes without it is the turnaround, no negation. */
const WITHOUT_BIKE =
  /\b(?:without|minus)\s+(?:it|them|the bike|your bike|your (?:[\w-]+\s+)?bike|your ride|wheels)\b/gi;

/** "up to 24 hours before", "48 hours' notice": a span that ends where something else starts is a lead time. */
const LEAD_AFTER = /^['’]?\s*(?:before|beforehand|ahead|prior|in advance|notice|of notice)\b/i;

const SET_ASIDE_BEFORE =
  /\b(?:rather than|instead of|as opposed to|not)\s+(?:in\s+|within\s+)?(?:about\s+|around\s+|just\s+)?$/i;

const HEAD_LIST = /^\s*(?:\([^)]*\)\s*)?(?:is\s+\$\d+\s*)?[:—–(]/;
/** A comparison or contrast: the service across it is the other side ("3–5 days instead of the tune-up's 2"). */
const COMPARE =
  /\b(?:vs\.?|versus|compared (?:to|with)|than|unlike|as opposed to|instead of|rather than|in place of|whereas)(?=\s)/gi;

const SET_ASIDE_SERVICE = /,\s*(?:and\s+|but\s+)?not\s+(?:in\s+|with\s+|for\s+)?(?:the|a|an|your|our)?\s*$/i;

const unit = (u: string) => (/^min/i.test(u) ? 1 : /^h/i.test(u) ? 60 : /^d/i.test(u) ? 1440 : 5 * 1440);
const num = (s: string) => NUM[s.toLowerCase()] ?? wordAmount(s.toLowerCase()) ?? Number(s);

/** Spans (minutes) the message states as a lead time or a window (a refund, warranty or re-adjustment period). */
function nonTurnaroundSpans(message: string): Set<number> {
  const out = new Set<number>();
  for (const s of splitSentences(message))
    for (const c of splitClauses(s))
      for (const m of c.text.matchAll(DURATION))
        if (
          LEAD_AFTER.test(c.text.slice(m.index + m[0].length)) ||
          NOT_TURNAROUND.test(coordinateOf(c.text, m.index).replace(PROMISE_VERB, " "))
        )
          out.add(num(m[2] ?? m[1]!) * unit(m[3]!));
  return out;
}

/** The coordinated part of a clause that holds position `at` (", and a bit longer in the rush" is its own part). */
function coordinateOf(clause: string, at: number): string {
  let from = 0;
  let to = clause.length;
  for (const m of clause.matchAll(COORDINATE)) {
    if (m.index <= at) from = m.index;
    else {
      to = m.index;
      break;
    }
  }
  return clause.slice(from, to);
}

/** How many brackets are open at a position of a text. */
function bracketDepth(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(0, (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0));
}

/** Finds turnaround claims and ties each to the nearest service in its sentence, or the service in focus (else null). */
export function durationClaims(message: string, focus: ServiceId | null, userText = ""): DurationClaim[] {
  const asked = ASKED_HOW_LONG.test(userText);
  const out: DurationClaim[] = [];
  let last = focus;
  let lastLink: SubjectLink = "topic";
  // The sentence before named only a job outside the catalogue ("we can patch the carbon. It'll need a few days").
  let foreignBefore = false;
  // A lead time or a window anywhere in the message ("cancel free up to 24 hours before", "re-adjustment within 30
  // days") makes the same span said again elsewhere that lead time or window ("you're well within the 30 days").
  const leads = nonTurnaroundSpans(message);
  for (const s of splitSentences(message)) {
    // "…in the full service, not the tune-up": a service set aside after ", not" is no subject of the span.
    const subjects = findServices(s.text).filter(
      (m) => !m.part && !m.included && !SET_ASIDE_SERVICE.test(s.text.slice(Math.max(0, m.start - 16), m.start)),
    );
    const found: { start: number; min: number; max: number; text: string; needsCue: boolean }[] = [];
    for (const m of s.text.matchAll(DURATION)) {
      // "At 10 days you're well within that": an elapsed time, not a turnaround.
      if (ELAPSED.test(s.text.slice(0, m.index))) continue;
      const after = s.text.slice(m.index + m[0].length);
      if (LEAD_AFTER.test(after) || DISTANCE_AFTER.test(after) || ARRIVAL_AFTER.test(after)) continue;
      const u = unit(m[3]!);
      found.push({ start: m.index, min: num(m[1]!) * u, max: num(m[2] ?? m[1]!) * u, text: m[0], needsCue: true });
    }
    for (const [re, min, max] of PHRASES) {
      // "Overnight? No — …": a question states no turnaround.
      const m = /\?\s*$/.test(s.text) ? null : re.exec(s.text);
      // "The next day we're open is Tuesday": a day picked out by what happens on it, not a turnaround.
      if (m && !DAY_PICKED_AFTER.test(s.text.slice(m.index + m[0].length)))
        found.push({ start: m.index, min, max, text: m[0], needsCue: false });
    }
    const foreignHere = namesForeignJob(s.text);
    const clauses = splitClauses(s).map((c) => ({
      from: c.start - s.start,
      to: c.start - s.start + c.text.length,
      text: c.text,
    }));
    const clauseOf = (at: number) =>
      clauses.find((c) => at >= c.from && at < c.to) ?? { from: 0, to: s.text.length, text: s.text };
    for (const f of found) {
      // "within 2 business days rather than an hour": the span set aside, not stated.
      if (SET_ASIDE_BEFORE.test(s.text.slice(Math.max(0, f.start - 30), f.start))) continue;
      const clause = clauseOf(f.start);
      const cued = asked || CUE.test(s.text) || LABELLED.test(s.text);
      // The same span said again beside a lead time ("free up to 24 hours before; within 24 hours, call") is that lead time.
      if (leads.has(f.max) && f.min === f.max) continue;
      // Negation scoped to the span ("won't take 3 days"), not a later "no booking needed" in the clause.
      const at = f.start - clause.from;
      const scope = coordinateOf(clause.text, at);
      if (
        (f.needsCue && !cued) ||
        NOT_TURNAROUND.test(scope.replace(PROMISE_VERB, " ")) ||
        AGGREGATE.test(scope) ||
        OTHER_SUBJECT.test(clause.text.slice(0, at)) ||
        negatedAt(
          clause.text.replace(WITHOUT_BIKE, (m) => " ".repeat(m.length)),
          at,
          at + f.text.length,
        )
      )
        continue;
      // "3–5 days (vs. 2 days for a tune-up)": a service across a comparison is the other side, never this one's.
      const cuts = [...s.text.matchAll(COMPARE)].map((m) => m.index);
      const sameSide = (at: number) => !cuts.some((c) => c > Math.min(at, f.start) && c < Math.max(at, f.start));
      // "Full service ($179, with new cables), and it takes 3–5 days": a service in brackets the span is outside of
      // is an aside, not its subject, when the sentence names one outside them.
      const level = bracketDepth(s.text, f.start);
      const outside = subjects.filter((m) => bracketDepth(s.text, m.start) <= level);
      const pool = outside.length ? outside : subjects;
      // "A full service goes further than the tune-up: it … takes 3–5 days": the object of a comparison is the other
      // side, never the subject a later predicate speaks of (when the sentence has another).
      const compared = (m: { start: number; end: number }) => isComparedObject(s.text, m.start, m.end, f.start);
      const plain = pool.filter((m) => sameSide(m.start) && !compared(m));
      const compareSubjects = pool.filter((m) => !compared(m) && m.start < f.start);
      const sides = plain.length
        ? plain
        : compareSubjects.length && pool.some((m) => sameSide(m.start) && compared(m))
          ? compareSubjects
          : pool.filter((m) => sameSide(m.start));
      const inClause = sides.filter((m) => m.start >= clause.from && m.start < clause.to);
      const dist = (m: { start: number; end: number }) => (m.end <= f.start ? f.start - m.end : m.start - f.start + 40);
      const nearest = [...(inClause.length ? inClause : sides)].sort((a, b) => dist(a) - dist(b))[0];
      // "Tune-up ($89): indexing, brake adjustment, safety check — ready in 2 days": the head owns the list's duration.
      const head = sides[0];
      const listed =
        head &&
        head.end < f.start &&
        HEAD_LIST.test(s.text.slice(head.end, head.end + 16)) &&
        (s.text.slice(head.end, f.start).match(/,/g)?.length ?? 0) >= 2;
      // "Carbon repairs like this take a week", "our fit session takes 45 minutes", "…the firmware. It's quick, a few
      // minutes": a job outside the catalogue is the subject (here or just before), not the service in focus.
      if (!sides.length && (foreignHere || foreignBefore)) continue;
      const own = (listed ? head : nearest)?.service;
      const service = own ?? last;
      const link: SubjectLink = own ? (listed || inClause.length ? "clause" : "sentence") : lastLink;
      out.push({ service, min: f.min, max: f.max, text: f.text, sentence: s.text, link });
    }
    foreignBefore = foreignHere;
    const next = subjectAfter(last, s.text);
    if (next !== last || findServices(s.text).length) lastLink = "previous";
    last = next;
  }
  return out;
}
