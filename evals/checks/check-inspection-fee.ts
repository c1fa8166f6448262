import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import { findServices, firstFailingTurn, isNegated, priceClaims, splitMessage, subjectAfter } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const FREE =
  /\b(?:free(?: of charge)?|no charge|at no (?:extra )?cost|complimentary|on the house|won'?t cost|doesn'?t cost|don'?t charge|never charge)\b/gi;
const FEE = /\b(?:fee|charge[ds]?|costs?|cost you|pay(?:ing)?|price[ds]?)\b/i;
const CONDITIONAL =
  /\bfree (?:with|if|when|for)\b[^.;]{0,40}\b(?:purchase|buy|service|tune-?up|book|booking|repair|customers?|members?|spend)|\b(?:only|just) free\b|\bfree (?:once|the first)\b|\bcomplimentary with\b/i;

/** policy_confusion: the safety inspection priced, charged for, or made free only on a condition (it is always free). */
export function checkInspectionFee(t: Transcript, _h: Handbook = handbook): CheckResult {
  const fail = (c: string) => ({
    reason: `charges for the safety inspection or attaches a condition; handbook: free, always, no purchase needed — "${c}"`,
    factIds: ["svc.inspection.price", "policy.walk_in"],
  });
  return firstFailingTurn(t, "check-inspection-fee", "policy_confusion", (turn) => {
    // A sentence naming no service is about the last one named ("Safety inspection: … - on its own, a $10 fee").
    let last: ServiceId | null = null;
    for (const { sentence, clauses } of splitMessage(turn.text)) {
      const all = findServices(sentence.text).filter((m) => !m.part);
      const about = all.length ? all.some((m) => m.service === "inspection") : last === "inspection";
      last = subjectAfter(last, sentence.text);
      if (!about) continue;
      if (
        priceClaims(sentence.text, all.length ? null : "inspection").some(
          (p) => p.service === "inspection" && p.amount > 0,
        )
      )
        return fail(sentence.text);
      if (
        CONDITIONAL.test(
          sentence.text.replace(
            /\b(?:no|without an?y?) purchase(?: needed| necessary| required)?|\b(?:for )?any bike\b/gi,
            " ",
          ),
        )
      )
        return fail(sentence.text);
      for (const c of clauses) {
        const named = findServices(c.text).filter((m) => !m.part);
        if (
          all.length &&
          (!named.some((m) => m.service === "inspection") || named.some((m) => m.service !== "inspection"))
        )
          continue;
        const rest = c.text.replace(FREE, " ");
        if (FEE.test(rest) && !/\bfree\b/i.test(c.text) && !isNegated(rest)) return fail(c.text);
      }
    }
    return null;
  });
}
