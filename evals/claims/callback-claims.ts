import type { Handbook } from "../../knowledge-base/index";
import type { Appointment } from "./appointment-claims";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { findDays } from "./day-mentions";
import { isNegated } from "./negation";
import { splitMessage } from "./sentences";

/** The shop contacting the customer: "one of our mechanics will call you back", "we'll ring you", "I'll have someone text you". */
const CALLBACK =
  /\b(?:(?:we|i)(?:'ll| will| can| could)|(?:a|one of our|our) (?:mechanics?|techs?|technicians?|team|staff)(?: member)? (?:will|can|'ll))\s+(?:have (?:someone|somebody|a mechanic|one of (?:our|the) (?:mechanics?|team|staff))\s+)?(?:give you a (?:call|ring)|call|ring|phone|text|get back to|reach out to|contact)\b/i;

/**
 * Callbacks the reply promises on a day it names ("I'll have a mechanic call you back this afternoon"), as visits on
 * that day: the shop acting then is only possible when it is open. A callback with no day, or refused, is none.
 */
export const callbackClaims = perTurn((turn: AssistantTurn, now: string, h: Handbook): Appointment[] => {
  const out: Appointment[] = [];
  for (const { clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      const m = CALLBACK.exec(c.text);
      if (!m || isNegated(c.text)) continue;
      const day = findDays(c.text.slice(m.index), now, h).find((d) => d.date && !d.group && !d.recurring);
      if (day?.date) out.push({ date: day.date, time: null, kind: "visit", service: null, sentence: c.text });
    }
  return out;
});
