import type { ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { ownedBy } from "./contents-owner";
import { lineLabelSubject } from "./line-label";
import { negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";
import { findServices, isIngredientOf, servicesIn, subjectAfter } from "./service-mentions";
import { subjectServices } from "./subject-services";
import { focusService } from "./turn-claims";

const STRONG =
  /\b(?:walk[- ]?ins? (?:are |is )?(?:welcome|fine|ok|okay|accepted|available|possible|work)|(?:is|are|as|it'?s|they'?re|'s|'re) (?:a |an? )?(?:(?:quick|simple|easy|straightforward|standard|normal|usual|typical|regular|minor|small|fast|also|always|just|all|both|purely|strictly|fine as|done as|handled as|treated as) ){0,2}walk[- ]?ins?(?: jobs?| services?| basis| repairs?| fix(?:es)?| items?| work)?\b|\bwalk[- ]?in (?:jobs?|repairs?|fix(?:es)?|work|items?)\b|walk(?:ing)? (?:right |it |her |him |them |the bike |your bike )?in\b|no (?:appointment|booking|reservation)s? (?:is |are )?(?:needed|necessary|required)|(?:without|no need for|don'?t need|do not need) (?:an? )?(?:appointment|booking|reservation)|no need to (?:book|make an appointment|reserve|schedule)|(?:don'?t|do not|won'?t) (?:need|have) to (?:book|make an appointment|reserve|schedule)|first[- ]come(?:,? first[- ]served| basis)?|walk[- ]?in basis|(?:accept|take|do|allow|welcome) walk[- ]?ins?\b|drop[- ]in\b|(?:any ?time|whenever) (?:we'?re|we are|during|in) open|no booking needed|(?:don'?t|doesn'?t|do not|does not|won'?t) (?:require|need) (?:an? )?(?:appointment|booking|reservation)|(?:just |simply )?roll (?:it |her |him |them |the bike |your bike )?in\b|(?:booking|appointment)s?:? (?:is |are )?(?:not needed|not required|none(?: needed)?|unnecessary|optional))/gi;
const WEAK =
  /\b(?:you can|you could|feel free to|just|simply)\s+(?:just\s+|simply\s+)?(?:come|drop|pop|stop|swing|bring|turn up|show up|rock up)\b(?!\s+(?:\w+\s+)?back\b)|\b(?:come|pop|stop|swing|drop|bring|roll|wheel|turn|show)\s+(?:it |her |him |them |the bike |your bike )?(?:by|in|over|up|along)\b[^.;]{0,30}\b(?:any ?time|whenever|during (?:opening|our) hours)|(?:^|[,;:—–(]\s*)no (?:appointment|booking|reservation)s?(?: needed| necessary| required)?\s*(?=[.,;)!]|$)/gi;
// "the earliest you could drop off is Tuesday": a drop-off on the first free day is scheduled, not a walk-in.
// "you can drop off for a tune-up tomorrow", "drop it off Friday at 10": a drop-off on a named day or at a named time.
const BOOKED_CONTEXT =
  /\b(?:slot|your (?:booking|appointment)|booked|appointment time|reserv\w+|schedul\w+|when you drop(?: it| the bike)? off|earliest|soonest|(?:first|next) (?:free|available|open)\b)|\bdrop(?:-| )?(?:it |the bike |your bike )?off\b(?![^.;]{0,40}\b(?:any ?time|whenever)\b)[^.;]{0,40}\b(?:tomorrow|(?:on |this |next )(?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d)/i;
const NEEDS_BOOKING =
  /\b(?:(?:need|needs|must|have to|has to|require|requires|ask|asks|want|expect|would like)\s+(?:you|customers|people|folks|everyone|riders|them)\s+to\s+(?:first\s+)?(?:book|reserve|schedule|make an? (?:appointment|booking|reservation))|must (?:first |always )?(?:book|reserve|schedule)|(?:please|kindly) (?:do )?(?:book|reserve|schedule|make an? (?:appointment|booking|reservation))|(?:booking|an appointment|a reservation|appointments|reservations) (?:is |are )?(?:a must|essential|mandatory|compulsory)|needs? to be booked|must be booked|has to be booked|have to be booked|(?:requires?|needs?) (?:an? )?(?:appointment|booking)|needs? booking|by appointment only|appointment only|(?:done|taken|seen|handled|carried out|available|only|strictly|is|are|'s|'re)\s+(?:(?:only|strictly|always|usually|normally|all)\s+)?by (?:appointment|booking|reservation)|(?:have|need) to book|booking (?:is )?required|(?:book|reserve|schedule)\b[^.;]{0,30}?\b(?:(?:a|one|\d+) (?:hours?|days?) (?:ahead|in advance|before)|the day before|in advance|ahead of time)|(?:we )?ask (?:that )?you (?:to )?(?:book|reserve|schedule)|needs? an? (?:booked |reserved )?(?:drop-?off )?(?:slot|reservation)|need to reserve|(?:booking|appointment):\s*(?:is )?required|(?:is|are|'s|'re|gets?)\s+(?:(?:always|usually|normally|only)\s+)?booked\s+(?:in advance|ahead(?: of time)?|(?:a|one|\d+) (?:days?|hours?) (?:ahead|in advance))|(?:need|needs|require|requires|ask for)\s+(?:at least\s+)?(?:a|one|\d+|twenty-four|forty-eight)(?:[- ]hours?|\s+(?:full\s+|clear\s+)?(?:business\s+|working\s+)?days?)(?:'s|'|s')?\s+notice(?!\s+(?:to|for|if you) cancel))\b/i;
/** "I can reserve you a flat-repair slot", "happy to book your pad swap in": a slot offered for the service named. */
const BOOKS_IT =
  /\b(?:reserve|book|schedule|hold|pencil)\s+(?:you\s+)?(?:(?:a|an|the|your)\s+)?(?:[\w-]+\s+){0,2}?(?:slot|appointment|time|booking)\b|\b(?:book|reserve|schedule)\s+(?:you\s+)?(?:(?:a|an|the|your)\s+)?[\w-]+(?:\s+[\w-]+)?\s+in\b/i;

const OTHER_JOB = /\b(?:bigger|larger|other|else|more|anything|everything|instead|otherwise|those|tune-?ups?)\b/i;
/** "book the cable", "the tune-up must be booked": a service its own words put in the diary. */
const BOOKED_SERVICE =
  /\b(?:book(?:ed|ing)?|schedul\w+|reserv\w+)\s+(?:(?:a|an|the|your|in|for)\s+){0,2}(?:\w+\s+){0,2}?$/i;
/** The booking word before a service denied: "no need to book a", "you don't have to schedule the". */
const NO_NEED_BEFORE =
  /\b(?:no need to|(?:don'?t|do not|won'?t|will not|doesn'?t|does not|never) (?:need|have) to|needn'?t|without)\s+(?:\w+\s+)?(?:book\w*|schedul\w+|reserv\w+)\s+(?:(?:a|an|the|your|in|for)\s+){0,2}(?:\w+\s+){0,2}?$/i;
const SEPARATELY = /^\s*(?:\w+\s+)?(?:separately|on its own|by itself|individually|as well|too|also|in addition)\b/i;
/** Talk of returning a purchase or of aftercare for past work: "bring it in" there is about that, not a new job. */
const AFTERCARE_TALK =
  /\b(?:return(?:s|ed|ing)?|receipt|exchange|unused|parts? and accessor\w+|re-?adjust\w*|guarantee|warranty|ago)\b/i;
const EVERYTHING = /\b(?:all|any|every) (?:of our )?(?:services|repairs|jobs|work)\b(?! else)|\beverything\b(?! else)/i;

/**
 * True when a booking requirement is stated and not negated where it stands ("pads don't need to be booked", "no
 * need to book"): a negation later in the clause ("…, so I can't fit you in today") does not reach back to it.
 */
function liveRequirement(text: string): boolean {
  const m = NEEDS_BOOKING.exec(text);
  return m !== null && !negatedAt(text, m.index, m.index + m[0].length);
}

/**
 * True when some cue is not negated where it stands (a negation before it in the clause, or right after it): "fine as
 * walk-ins, no need to call ahead" keeps its cue. Cues are blanked first, so "no appointment needed" negates nothing.
 */
function liveCue(cues: RegExpMatchArray[], text: string): boolean {
  const blanked = cues.reduce(
    (s, m) => s.slice(0, m.index) + " ".repeat(m[0].length) + s.slice(m.index! + m[0].length),
    text,
  );
  return cues.some((m) => !negatedAt(blanked, m.index!, m.index! + m[0].length));
}

/** The services a text names that its own words do not already put in the diary ("book a tune-up", "X must be booked"). */
function walkInSubjects(text: string): ServiceId[] {
  const named = findServices(text).filter((m) => !m.part && !m.included && !m.past);
  const booked = new Set(
    named
      .filter((m, i) => {
        // What follows the mention up to the next service named, asides in brackets dropped.
        const after = text.slice(m.end, named[i + 1]?.start ?? text.length).replace(/\([^)]*\)/g, " ");
        const needs = liveRequirement(after);
        const before = text.slice(0, m.start);
        // "no need to book a tune-up", "you don't have to schedule the truing": the booking denied, not made.
        // …unless it is not booked "separately" (it rides on another booking).
        const denied = NO_NEED_BEFORE.test(before) && !SEPARATELY.test(text.slice(m.end));
        return needs || (BOOKED_SERVICE.test(before) && !denied);
      })
      .map((m) => m.service),
  );
  return [...new Set(named.map((m) => m.service))].filter((id) => !booked.has(id));
}

/**
 * The services a walk-in cue is about: its clause's, else its sentence's, else the previous sentence's, else the
 * customer's (a sentence ending in ":" looks at the list that follows instead) — skipping services the same words
 * book (unless a pronoun points back at them); a cue after talk of a return or of aftercare is about that.
 */
function about(clause: string, sentence: string, around: Around, userText: string): ServiceId[] {
  // (falls back to the customer's message, then to the conversation's service when either points at it)
  if (servicesIn(clause).length) return walkInSubjects(clause);
  // "Anything else is walk-in": the services not just named, none of which this text names.
  if (COMPLEMENT.test(clause)) return [];
  if (AFTERCARE_TALK.test(sentence) || AFTERCARE_TALK.test(around.previous)) return [];
  // A pronoun in the cue ("walk-ins for them") points back at the last subject named, booked or not.
  const pronoun = /\b(?:them|they|those|these|it)\b(?!'s| is)/i.test(clause);
  if (servicesIn(sentence).length) return pronoun ? servicesIn(sentence) : walkInSubjects(sentence);
  // "Wheel building: … Walk-ins welcome": the line's label is the subject of every sentence on it.
  if (around.label !== null) return [...around.label];
  // "A separate wash is $15, and you can walk in for it": the pronoun is the thing this sentence introduces.
  if (pronoun && /^\W*(?:an?|one)\s+[\w-]+/i.test(sentence)) return [];
  const listHead = around.list !== null;
  const text = around.list ?? around.previous;
  if (servicesIn(text).length) {
    if (!listHead && headingOwns(around.heading, text)) return [around.heading!];
    return pronoun ? servicesIn(text) : walkInSubjects(text);
  }
  if (AFTERCARE_TALK.test(userText)) return [];
  if (servicesIn(userText).length) return servicesIn(userText);
  // "walk-ins are fine for that" after "can I walk in with it?": the service the conversation is about.
  return POINTER.test(userText) && around.focus ? [around.focus] : [];
}

const COMPLEMENT =
  /\b(?:anything|everything|all) else\b|\b(?:all |any )?other (?:jobs|repairs|services|work)\b|\bthe rest\b/i;
const POINTER = /\b(?:it|that|this|them|those|one)\b/i;

/** The sentences around a cue, and the service in focus before the previous one (a heading over a list). */
interface Around {
  previous: string;
  next: string;
  heading: ServiceId | null;
  /** The service the conversation was about before this reply (null when none). */
  focus: ServiceId | null;
  /** When the cue's sentence heads a list (ends in ":" or is a heading line), the lines under it; else null. */
  list: string | null;
  /** The subject the label opening the sentence's line gives it ("Tubeless setup: …"); null without such a label. */
  label: readonly ServiceId[] | null;
}

/** The lines a heading or a "…:" line introduces, up to the next blank line; null when the sentence heads nothing. */
function listUnder(text: string, sentence: { text: string; start: number }): string | null {
  const end = sentence.start + sentence.text.length;
  const heading = !/[.!?]\s*$/.test(sentence.text) && /^[ \t]*\n/.test(text.slice(end)) && sentence.text.length <= 60;
  if (!heading && !sentence.text.trimEnd().endsWith(":")) return null;
  return (
    text
      .slice(end)
      .replace(/^\s+/, "")
      .split(/\n\s*\n/)[0] ?? ""
  );
}

/** True when every service a line names is an ingredient of the heading above it (a tune-up's "brake adjustment"). */
function headingOwns(heading: ServiceId | null, line: string): boolean {
  const named = servicesIn(line);
  return heading !== null && named.length > 0 && named.every((id) => isIngredientOf(heading, id));
}

/**
 * The services a booking requirement naming none is about: its sentence's, the list under it, the heading over the
 * line before, the line before, else (when the reply has named none yet) the customer's — unless it turns to
 * something else ("anything bigger", "other jobs").
 */
function requirementSubjects(clause: string, sentence: string, around: Around, userText: string): readonly ServiceId[] {
  // "Tune-up ($89) — gears, brakes, truing, safety check (needs booking)": the things listed are the tune-up's contents.
  const owned = (ids: readonly ServiceId[], text: string) => {
    const owner = ownedBy(ids, text);
    return owner ? [owner] : ids;
  };
  if (subjectServices(clause).length) return owned(subjectServices(clause), sentence);
  if (OTHER_JOB.test(clause)) return [];
  if (subjectServices(sentence).length) return owned(subjectServices(sentence), sentence);
  if (around.label !== null) return around.label;
  if (around.list !== null) return subjectServices(around.list);
  // (with no heading, the service the conversation is about owns a line listing what it includes)
  const owner = around.heading ?? around.focus;
  if (headingOwns(owner, around.previous)) return [owner!];
  // "Yes, you'll need to book it" answering "do I need to book for a flat?"
  return subjectServices(around.previous).length
    ? owned(subjectServices(around.previous), around.previous)
    : subjectServices(userText);
}

/**
 * Walk-in and booking-required statements, one claim per subject service: a walk-in cue ("walk-ins welcome", "just
 * swing by") or a booking requirement ("must be booked", "needs an appointment"). A requirement naming several
 * services at once is left unlinked.
 */
export function bookingPolicyClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const sentences = splitMessage(turn.text);
  let focus: ServiceId | null = null;
  const conversationFocus = focusService(turn);
  let named = false;
  for (const [i, { sentence, clauses }] of sentences.entries()) {
    const previous = sentences[i - 1]?.sentence.text ?? "";
    const around: Around = {
      previous,
      next: sentences[i + 1]?.sentence.text ?? "",
      heading: focus,
      list: listUnder(turn.text, sentence),
      focus: conversationFocus,
      label: lineLabelSubject(turn.text, sentence.start),
    };
    focus = subjectAfter(focus, previous);
    for (const c of clauses) {
      const strong = [...c.text.matchAll(STRONG)];
      // "This week you can drop off:" over a list of slots is a booking, not a walk-in.
      const booked = BOOKED_CONTEXT.test(c.text) || (around.list !== null && BOOKED_CONTEXT.test(around.list));
      const weak = booked ? [] : [...c.text.matchAll(WEAK)];
      named ||= servicesIn(c.text).length > 0;
      if (liveCue([...strong, ...weak], c.text)) {
        const all = EVERYTHING.test(c.text) ? ["tune_up" as const] : [];
        for (const service of new Set([...about(c.text, sentence.text, around, turn.userText), ...all]))
          out.claims.push({ kind: "booking", value: "walk_in", service, text: c.text });
      }
      const books = BOOKS_IT.exec(c.text);
      if (books && !NEEDS_BOOKING.test(c.text) && !negatedAt(c.text, books.index, books.index + books[0].length)) {
        // The service inside the offer or just after it ("book the tune-up slot", "book you a slot for the flat").
        const end = books.index + books[0].length + 20;
        const offered = findServices(c.text).find((m) => !m.part && m.start >= books.index && m.start <= end);
        if (offered) out.claims.push({ kind: "booking", value: "booked", service: offered.service, text: c.text });
      }
      if (liveRequirement(c.text)) {
        const subjects = requirementSubjects(c.text, sentence.text, around, named ? "" : turn.userText);
        // One service, or a list enumerated under the rule ("Must be booked:" then one service a line): each is linked.
        const enumerated = !servicesIn(c.text).length && !servicesIn(sentence.text).length && around.list !== null;
        if (subjects.length === 1 || enumerated)
          for (const service of subjects)
            out.claims.push({ kind: "booking", value: "required", service, text: c.text });
        else if (subjects.length > 1)
          out.unlinked.push({ kind: "booking", value: "required", candidates: [...subjects], text: c.text });
      }
    }
  }
  return out;
}
