import type { AssistantTurn } from "./assistant-turns";
import { findMoney } from "./money-mentions";
import { isNegated } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";

/** The follow-up adjustment itself: "re-adjustment", "readjust", "re-tweak". */
const RE_ADJUST = /\bre-?(?:adjust|tweak|tun)\w*/i;
/** An adjustment said to fall inside the aftercare promise: "within 30 days", "the 30-day window", "you're covered". */
const IN_WINDOW =
  /\b(?:within (?:the |our |your )?(?:30|thirty)[ -]days?|(?:30|thirty)[ -]day|you'?re (?:still )?(?:covered|within)|still (?:within|inside|in) (?:the |our )?(?:window|30))\b/i;
const ADJUST = /\badjust\w*|\btweak\w*/i;
/** A charge that is not nothing: a reduced or part price ("half price", "a reduced fee", "20% off", "discounted"). */
const PART_PRICE =
  /\b(?:half[- ](?:price|off|the (?:price|cost))|reduced|discount(?:ed)?|(?:\d{1,2}|fifty|twenty|ten) ?(?:%|percent) off|(?:at|for) a (?:lower|small|reduced|discounted) (?:rate|fee|price|charge|cost)|small (?:fee|charge)|(?:just|only) (?:a|the) (?:small )?(?:fee|charge))\b/i;
/** Words that make the adjustment free, or put the charged one outside the 30 days. */
const FREE_OR_OUTSIDE =
  /\b(?:free|no (?:charge|cost|fee)|at no (?:extra )?(?:charge|cost)|complimentary|on the house|won'?t cost|doesn'?t cost|don'?t charge|nothing to pay|after (?:that|the (?:30|thirty)|(?:30|thirty) days)|outside (?:of )?(?:that|the|those|our)|beyond (?:that|the|those)|once (?:the|those|that)|past (?:the|that|those)|(?:over|more than) (?:30|thirty) days|expired|otherwise)\b/i;

/**
 * The free re-adjustment (policy.workmanship) said to cost something: a clause about the follow-up adjustment — named
 * as a re-adjustment, or as an adjustment in a sentence that puts it inside the 30 days — with an amount or a part
 * price ("re-adjustments are half price", "a reduced $10 re-adjustment fee"). A clause that also calls it free, or
 * puts the charge outside the 30 days or as the usual price, claims none.
 */
export function workmanshipFeeClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  for (const { sentence, clauses } of splitMessage(turn.text)) {
    const aboutFollowUp =
      RE_ADJUST.test(sentence.text) || (ADJUST.test(sentence.text) && IN_WINDOW.test(sentence.text));
    if (
      !aboutFollowUp ||
      FREE_OR_OUTSIDE.test(sentence.text.replace(/\binstead of (?:the |our )?usual\b[^.;]*/gi, " "))
    )
      continue;
    const charged = clauses.find(
      (c) => (PART_PRICE.test(c.text) || findMoney(c.text).some((m) => m.amount > 0)) && !isNegated(c.text),
    );
    if (charged) out.claims.push({ kind: "workmanship_fee", value: "charged", service: null, text: sentence.text });
  }
  return out;
}
