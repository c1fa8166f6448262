import type { AssistantTurn } from "./assistant-turns";
import { isNegated, negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";
import { findServices } from "./service-mentions";
import { focusService } from "./turn-claims";

/** Words of the free re-adjustment promise (policy.workmanship), not of an ordinary "you're covered". */
const WORKMANSHIP = /\bre-?adjust\w*|\bworkmanship\b|\bguarantee[ds]?\b|\bwarrant(?:y|ies|ied)\b/i;

/** "If the gears aren't right, …": a leading condition, whose negation denies nothing. */
const CONDITION = /^\W*(?:and |but |so )?(?:if|when|should)\b[^,]*,/i;

/** "all (of) our work", "every job we do", "any repair": the promise made for every service. */
const EVERY_JOB =
  /\b(?:all (?:of )?(?:our|the) (?:work|jobs|repairs|services)|(?:every|any|each) (?:job|repair|service|piece of work)(?: we do)?|everything we (?:do|fix|repair|work on)|all work)\b/i;

/**
 * The services a reply puts under the free re-adjustment: each service named, not negated where it stands, in a
 * clause that speaks of the re-adjustment ("the flat from the 20th is covered by our 30-day re-adjustment"). An
 * "adjustment" there is the re-adjustment itself, so it names no service.
 */
export function workmanshipClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  for (const { sentence, clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      if (!WORKMANSHIP.test(c.text)) continue;
      const named = (text: string) =>
        findServices(text).filter((m) => !m.part && m.service !== "adjustment" && !negatedAt(text, m.start, m.end));
      // "All our jobs — including X — come with free re-adjustment": a clause naming no service is about the
      // services its sentence names in asides set off by dashes or brackets.
      const own = named(c.text);
      const aside = !own.length && !findServices(c.text).length && !isNegated(c.text);
      const covered = aside ? named(sentence.text) : own;
      // "All our work comes with a free re-adjustment": every job, so the one the conversation is about.
      // (said in any clause of the sentence: "…a free re-adjustment — that's covered for all our services").
      const every = clauses.find((x) => EVERY_JOB.test(x.text));
      const focus =
        !covered.length && every && !isNegated(every.text.replace(CONDITION, " ")) ? focusService(turn) : null;
      if (focus) out.claims.push({ kind: "workmanship_scope", value: "covered", service: focus, text: c.text });
      for (const service of new Set(covered.map((m) => m.service)))
        out.claims.push({ kind: "workmanship_scope", value: "covered", service, text: c.text });
    }
  return out;
}
