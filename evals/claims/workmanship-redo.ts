import type { ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { blankOut, isNegated } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";
import { findServices } from "./service-mentions";

/** The job done again at no cost: "we'll fix it again free", "re-done at no charge", "covered — no charge". */
const FREE =
  /\b(?:free(?: of charge)?|no (?:extra )?(?:charge|cost|fee)|at no (?:extra )?(?:charge|cost)|on (?:us|the house)|without charge|won'?t (?:cost|charge)|(?:is|are|'s|be|were) covered|covers? (?:it|that|this|the)|complimentary)\b/i;
/** Words of doing the job again, or of a guarantee over past work. */
const REDO =
  /\b(?:re-?(?:work|do|done|fix(?:ed)?|adjust\w*|pair(?:ed)?)|(?:fix|do|sort|patch|replace|repair|true|adjust)\w*\b[^.;!?]{0,25}\bagain|guarantee[ds]?|warrant(?:y|ies|ied)|workmanship)\b/i;
/** "If it was a tune-up, …", "as long as it was part of a full service": a condition states no coverage. */
const CONDITIONAL = /^\W*(?:if|whether|unless|as long as|provided|only if)\b/i;
/** The customer speaking of a job the shop already did: "you fixed my flat", "the adjustment I had last week". */
const PAST_JOB =
  /\b(?:you(?: guys)?|y'?all|your (?:mechanic|shop|team))\s+(?:fixed|did|replaced|adjusted|put|fitted|installed|trued|patched|changed|swapped|repaired)\b|\b(?:ago|last (?:week|month|time)|(?:i|we) (?:had|got|paid))\b/i;
/** "free re-adjustment" said of the services it follows: the reply's own words bring the right subject. */
const GUARANTEED_SERVICE = new Set<ServiceId>(["tune_up", "full_service"]);

/** The job the customer says the shop did before: the last service they name in a message that speaks of past work. */
function pastJob(turn: AssistantTurn): ServiceId | null {
  const said = turn.messages
    .slice(0, turn.index)
    .filter((m) => m.role === "user" && PAST_JOB.test(m.content))
    .flatMap((m) => findServices(m.content).filter((s) => !s.included));
  return said.at(-1)?.service ?? null;
}

/**
 * Past work put under the free re-adjustment without naming it (policy.workmanship covers a tune-up or full service
 * only): the customer reports a job the shop did, and the reply promises doing it again at no cost or calls it
 * guaranteed — "we'll fix it again free of charge", "all our repairs are re-done free for 30 days". The subject is
 * the job the customer reported; a reply naming the tune-up or full service is about those.
 */
export function workmanshipRedo(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const job = pastJob(turn);
  if (!job || GUARANTEED_SERVICE.has(job)) return out;
  if (findServices(turn.text).some((m) => GUARANTEED_SERVICE.has(m.service))) return out;
  for (const { sentence, clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      const text = c.text;
      // "the safety inspection is free, so we'll check it again": the free inspection, not the guarantee.
      if (CONDITIONAL.test(text) || /\binspect|safety check|(?:take a |have a |quick )look\b/i.test(sentence.text))
        continue;
      // The coverage and the redo may sit in two clauses of one sentence ("it's covered, so we'll redo it").
      if (!FREE.test(text) || !(REDO.test(text) || REDO.test(sentence.text))) continue;
      if (isNegated(blankOut(text, [/\bno (?:extra )?(?:charge|cost|fee)\b/gi, /\bwon'?t (?:cost|charge)\b/gi])))
        continue;
      out.claims.push({ kind: "workmanship_scope", value: "covered", service: job, text: c.text });
      return out;
    }
  return out;
}
