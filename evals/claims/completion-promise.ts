import type { ServiceId } from "../../knowledge-base/index";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { isNegated } from "./negation";
import { splitMessage } from "./sentences";
import { servicesIn } from "./service-mentions";
import { focusService } from "./turn-claims";

/** Words pledging an outcome: "I can guarantee", "I'll make sure", "you have my word". */
const PLEDGE =
  /\b(?:guarantee[ds]?|promise|make sure|ensure|you have my word|see to it|(?:will|'ll) definitely|100 ?%)\b/i;
/** The job finished by a set time: "ready by closing", "done before Friday", "back to you the same evening". */
const READY_BY =
  /\b(?:ready|done|finished|completed?|back (?:to you|in your hands|with you))\b[^.;!?]{0,50}?\b(?:by|before|in time for|same (?:day|evening|afternoon|night)|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur)day)\b/i;
/** "If it can be done by Friday, we'll call": a condition pledges nothing. */
const CONDITIONAL = /^\W*(?:if|whether|unless)\b/i;

/** A condition set before the main clause: "If you take the 10:00 slot, …". */
const LEADING_CONDITION = /^\W*(?:if|when|once|as long as|provided)\b[^,]{0,80},\s*/i;

/** A set finish time pledged for a service: the service (named in the sentence, else the conversation's) and the words. */
export interface CompletionPromise {
  service: ServiceId | null;
  text: string;
}

/**
 * The finish times a reply pledges ("I can guarantee it'll be ready by 6 the same day"): a clause that both pledges
 * and sets a time the job will be ready by, not negated ("I can't promise it's done by Friday") nor conditional.
 */
export const completionPromises = perTurn((turn: AssistantTurn): CompletionPromise[] => {
  const out: CompletionPromise[] = [];
  for (const { sentence, clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      // "If you take the first slot, I can guarantee …": the pledge is the main clause after the condition.
      const main = c.text.replace(LEADING_CONDITION, "");
      if (PLEDGE.test(main) && READY_BY.test(main) && !isNegated(main) && !CONDITIONAL.test(main))
        out.push({ service: servicesIn(sentence.text)[0] ?? focusService(turn), text: c.text });
    }
  return out;
});
