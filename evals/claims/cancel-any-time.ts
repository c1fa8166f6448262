import type { AssistantTurn } from "./assistant-turns";
import { blankOut, negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";

/** The window stretched to the appointment itself: "any time before your appointment", "even the morning of". */
const TO_THE_APPOINTMENT =
  /\b(?:any ?time (?:before|up to|right up to|until)|right up (?:to|until)|up until|all the way (?:up )?to)\s+(?:the |your )?(?:appointment|booking|drop-?off|slot|day)\b|\beven (?:on )?(?:the )?(?:morning|day|afternoon) of\b|\beven (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:morning|itself)\b|\beven (?:an hour|a few hours|the same day)\b/i;
/** The call asked for within 24 hours waived: "no need to call", "you don't have to phone us". */
const CALL_WAIVED =
  /\b(?:no need to|(?:don'?t|do not|won'?t|needn'?t) (?:need to|have to)?|without (?:having to)?|never need to|nothing to)\s*(?:call|ring|phone)(?:ing)?\b|\bno (?:phone )?call (?:needed|necessary|required)\b/i;

/**
 * A free cancellation said to reach the appointment itself (policy.cancellation: free up to 24 hours before; within 24
 * hours please call): "cancel here any time before your appointment — even Friday morning", "no need to call". Read
 * where cancelling is the topic; a window of 0 hours, which the check compares with 24.
 */
export function cancelAnyTime(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const topic = /\bcancel/i.test(turn.userText) || /\bcancel/i.test(turn.text);
  if (!topic) return out;
  for (const { sentence, clauses } of splitMessage(turn.text)) {
    if (!/\bcancel/i.test(sentence.text) && !/\bcancel/i.test(turn.userText)) continue;
    for (const c of clauses) {
      const reach = TO_THE_APPOINTMENT.exec(c.text);
      // "within 24 hours (even an hour before) please call": the late cancel still goes through a call.
      const callAsked = /\b(?:call|ring|phone)\b/i.test(sentence.text) && !CALL_WAIVED.test(sentence.text);
      const reached = reach && !callAsked && !negatedAt(c.text, reach.index, reach.index + reach[0].length);
      // "no need to call" is itself the statement: its own "no" is not a negation of it.
      const waived = CALL_WAIVED.test(c.text) && !/\b(?:but|unless|except)\b/i.test(blankOut(c.text, [CALL_WAIVED]));
      if (!reached && !waived) continue;
      if (/^\W*(?:if|unless|whether)\b/i.test(c.text) || /\?\s*$/.test(c.text)) continue;
      out.claims.push({ kind: "cancellation_window", value: 0, service: null, text: c.text });
      return out;
    }
  }
  return out;
}
