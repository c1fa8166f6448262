import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import { firstFailingTurn } from "../claims/index";
import { isNegated } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";
import { splitMessage } from "../claims/index";
import { servicesIn } from "../claims/index";

const STRONG =
  /\b(?:walk[- ]?ins? (?:are |is )?(?:welcome|fine|ok|okay|accepted|available|possible|work)|(?:is|are|as|it'?s|they'?re) (?:a |an? )?walk[- ]?in(?: job| service| basis)?\b|walk(?:ing)? (?:right )?in\b|no (?:appointment|booking|reservation)s? (?:is |are )?(?:needed|necessary|required)|(?:without|no need for|don'?t need|do not need) (?:an? )?(?:appointment|booking|reservation)|no need to (?:book|make an appointment|reserve|schedule)|(?:don'?t|do not|won'?t) (?:need|have) to (?:book|make an appointment|reserve|schedule)|first[- ]come(?:,? first[- ]served| basis)?|walk[- ]?in basis|(?:accept|take|do|allow|welcome) walk[- ]?ins?\b|drop[- ]in\b|(?:any ?time|whenever) (?:we'?re|we are|during|in) open|no booking needed)/gi;
const WEAK =
  /\b(?:you can|you could|feel free to|just|simply)\s+(?:just\s+|simply\s+)?(?:come|drop|pop|stop|swing|bring)\b(?!\s+(?:\w+\s+)?back\b)|\b(?:come|pop|stop|swing) (?:by|in|over)\b[^.;]{0,30}\b(?:any ?time|whenever|during (?:opening|our) hours)/gi;
const BOOKED_CONTEXT = /\b(?:slot|your (?:booking|appointment)|booked|appointment time|reserv\w+|schedul\w+)\b/i;
const NEEDS_BOOKING =
  /\b(?:needs? to be booked|must be booked|has to be booked|have to be booked|(?:requires?|needs?) (?:an? )?(?:appointment|booking)|needs? booking|by appointment only|appointment only|(?:have|need) to book|booking (?:is )?required|book (?:it )?(?:at least )?(?:a day|\d+ (?:hours?|days?)) (?:ahead|in advance))\b/i;

/** The services a clause is about: its own, else its sentence's, else the previous sentence's, else the customer's. */
function about(clause: string, sentence: string, previous: string, userText: string): ServiceId[] {
  for (const text of [clause, sentence, previous, userText]) {
    const ids = servicesIn(text);
    if (ids.length) return ids;
  }
  return [];
}

/** policy_confusion: booked services (tune-up, full service, cables, truing) stated as walk-in, or walk-in jobs as booked. */
export function checkWalkInPolicy(t: Transcript, h: Handbook = handbook): CheckResult {
  const booking = (id: ServiceId) => h.services.find((s) => s.id === id)!.booking;
  return firstFailingTurn(t, "check-walk-in-policy", "policy_confusion", (turn) => {
    const sentences = splitMessage(turn.text);
    for (const [i, { sentence, clauses }] of sentences.entries()) {
      const previous = sentences[i - 1]?.sentence.text ?? "";
      for (const c of clauses) {
        const strong = [...c.text.matchAll(STRONG)];
        const weak = BOOKED_CONTEXT.test(c.text) ? [] : [...c.text.matchAll(WEAK)];
        const rest = c.text.replace(STRONG, " ").replace(WEAK, " ");
        if ((strong.length || weak.length) && !isNegated(rest)) {
          const all = /\b(?:all|any|every) (?:of our )?(?:services|repairs|jobs|work)\b|\beverything\b/i.test(c.text)
            ? ["tune_up" as const]
            : [];
          const wrong = [...about(c.text, sentence.text, previous, turn.userText), ...all].find(
            (id) => booking(id) === "required",
          );
          if (wrong)
            return {
              reason: `says ${h.services.find((s) => s.id === wrong)!.name} can be a walk-in; it must be booked — "${c.text}"`,
              factIds: [`svc.${wrong}.booking`, "policy.walk_in"],
            };
        }
        if (NEEDS_BOOKING.test(c.text) && !isNegated(c.text.replace(NEEDS_BOOKING, " "))) {
          const wrong = servicesIn(c.text).find((id) => booking(id) === "walk_in");
          if (wrong && servicesIn(c.text).length === 1)
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
