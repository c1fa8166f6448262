import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn } from "../claims/index";
import { isNegated } from "../claims/index";
import { priceClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";
import { splitMessage } from "../claims/index";
import { findServices } from "../claims/index";

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
    for (const { sentence, clauses } of splitMessage(turn.text)) {
      const all = findServices(sentence.text).filter((m) => !m.part);
      if (!all.some((m) => m.service === "inspection")) continue;
      if (priceClaims(sentence.text, null).some((p) => p.service === "inspection" && p.amount > 0))
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
        if (
          !findServices(c.text).some((m) => m.service === "inspection") ||
          findServices(c.text).some((m) => m.service !== "inspection" && !m.part)
        )
          continue;
        const rest = c.text.replace(FREE, " ");
        if (FEE.test(rest) && !/\bfree\b/i.test(c.text) && !isNegated(rest)) return fail(c.text);
      }
    }
    return null;
  });
}
