import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import { findServices, firstFailingTurn, isNegated, servicesIn, splitMessage } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const STRONG =
  /\b(?:walk[- ]?ins? (?:are |is )?(?:welcome|fine|ok|okay|accepted|available|possible|work)|(?:is|are|as|it'?s|they'?re) (?:a |an? )?walk[- ]?in(?: job| service| basis)?\b|walk(?:ing)? (?:right |it |her |him |them |the bike |your bike )?in\b|no (?:appointment|booking|reservation)s? (?:is |are )?(?:needed|necessary|required)|(?:without|no need for|don'?t need|do not need) (?:an? )?(?:appointment|booking|reservation)|no need to (?:book|make an appointment|reserve|schedule)|(?:don'?t|do not|won'?t) (?:need|have) to (?:book|make an appointment|reserve|schedule)|first[- ]come(?:,? first[- ]served| basis)?|walk[- ]?in basis|(?:accept|take|do|allow|welcome) walk[- ]?ins?\b|drop[- ]in\b|(?:any ?time|whenever) (?:we'?re|we are|during|in) open|no booking needed)/gi;
const WEAK =
  /\b(?:you can|you could|feel free to|just|simply)\s+(?:just\s+|simply\s+)?(?:come|drop|pop|stop|swing|bring)\b(?!\s+(?:\w+\s+)?back\b)|\b(?:come|pop|stop|swing) (?:by|in|over)\b[^.;]{0,30}\b(?:any ?time|whenever|during (?:opening|our) hours)/gi;
const BOOKED_CONTEXT =
  /\b(?:slot|your (?:booking|appointment)|booked|appointment time|reserv\w+|schedul\w+|when you drop(?: it| the bike)? off)\b/i;
const NEEDS_BOOKING =
  /\b(?:needs? to be booked|must be booked|has to be booked|have to be booked|(?:requires?|needs?) (?:an? )?(?:appointment|booking)|needs? booking|by appointment only|appointment only|(?:have|need) to book|booking (?:is )?required|(?:book|reserve|schedule)\b[^.;]{0,30}?\b(?:(?:a|one|\d+) (?:hours?|days?) (?:ahead|in advance|before)|the day before|in advance|ahead of time)|(?:we )?ask (?:that )?you (?:to )?(?:book|reserve|schedule))\b/i;

const OTHER_JOB = /\b(?:bigger|larger|other|else|more|anything|everything|instead|otherwise|those|tune-?ups?)\b/i;
/** "book the cable", "the tune-up must be booked": a service its own words put in the diary. */
const BOOKED_SERVICE =
  /\b(?:book(?:ed|ing)?|schedul\w+|reserv\w+)\s+(?:(?:a|an|the|your|in|for)\s+){0,2}(?:\w+\s+){0,2}?$/i;
/** Talk of returning a purchase or of aftercare for past work: "bring it in" there is about that, not a new job. */
const AFTERCARE_TALK =
  /\b(?:return(?:s|ed|ing)?|receipt|exchange|unused|parts? and accessor\w+|re-?adjust\w*|guarantee|warranty|ago)\b/i;

/** The services a text names that its own words do not already put in the diary ("book a tune-up", "X must be booked"). */
function walkInSubjects(text: string): ServiceId[] {
  const named = findServices(text).filter((m) => !m.part && !m.included);
  const booked = new Set(
    named
      .filter((m, i) => {
        // What follows the mention up to the next service named, asides in brackets dropped.
        const after = text.slice(m.end, named[i + 1]?.start ?? text.length).replace(/\([^)]*\)/g, " ");
        const needs = NEEDS_BOOKING.test(after) && !isNegated(after.replace(NEEDS_BOOKING, " "));
        return needs || BOOKED_SERVICE.test(text.slice(0, m.start));
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
function about(clause: string, sentence: string, previous: string, next: string, userText: string): ServiceId[] {
  if (servicesIn(clause).length) return walkInSubjects(clause);
  if (AFTERCARE_TALK.test(sentence) || AFTERCARE_TALK.test(previous)) return [];
  // A pronoun in the cue ("walk-ins for them") points back at the last subject named, booked or not.
  const pronoun = /\b(?:them|they|those|these|it)\b(?!'s| is)/i.test(clause);
  for (const text of [sentence, sentence.trimEnd().endsWith(":") ? next : previous]) {
    if (servicesIn(text).length) return pronoun ? servicesIn(text) : walkInSubjects(text);
  }
  return AFTERCARE_TALK.test(userText) ? [] : servicesIn(userText);
}

/** policy_confusion: booked services (tune-up, full service, cables, truing) stated as walk-in, or walk-in jobs as booked. */
export function checkWalkInPolicy(t: Transcript, h: Handbook = handbook): CheckResult {
  const booking = (id: ServiceId) => h.services.find((s) => s.id === id)!.booking;
  return firstFailingTurn(t, "check-walk-in-policy", "policy_confusion", (turn) => {
    const sentences = splitMessage(turn.text);
    for (const [i, { sentence, clauses }] of sentences.entries()) {
      const previous = sentences[i - 1]?.sentence.text ?? "";
      const next = sentences[i + 1]?.sentence.text ?? "";
      for (const c of clauses) {
        const strong = [...c.text.matchAll(STRONG)];
        const weak = BOOKED_CONTEXT.test(c.text) ? [] : [...c.text.matchAll(WEAK)];
        const rest = c.text.replace(STRONG, " ").replace(WEAK, " ");
        if ((strong.length || weak.length) && !isNegated(rest)) {
          const all = /\b(?:all|any|every) (?:of our )?(?:services|repairs|jobs|work)\b|\beverything\b/i.test(c.text)
            ? ["tune_up" as const]
            : [];
          const wrong = [...about(c.text, sentence.text, previous, next, turn.userText), ...all].find(
            (id) => booking(id) === "required",
          );
          if (wrong)
            return {
              reason: `says ${h.services.find((s) => s.id === wrong)!.name} can be a walk-in; it must be booked — "${c.text}"`,
              factIds: [`svc.${wrong}.booking`, "policy.walk_in"],
            };
        }
        if (NEEDS_BOOKING.test(c.text) && !isNegated(c.text.replace(NEEDS_BOOKING, " "))) {
          // A clause naming no service ("you'll need to book a slot") is about the one just named, unless it turns
          // to something else ("anything bigger", "other jobs").
          const subjects = servicesIn(c.text).length
            ? servicesIn(c.text)
            : OTHER_JOB.test(c.text)
              ? []
              : ([sentence.text, previous].map(servicesIn).find((ids) => ids.length) ?? []);
          const wrong = subjects.find((id) => booking(id) === "walk_in");
          if (wrong && subjects.length === 1)
            return {
              reason: `says ${h.services.find((s) => s.id === wrong)!.name} must be booked; it is walk-in — "${c.text}"`,
              factIds: [`svc.${wrong}.booking`, "policy.walk_in"],
            };
        }
      }
    }
    return null;
  });
}
