import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn } from "../claims/index";
import { isNegated } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";
import { splitMessage } from "../claims/index";

const PROMISE =
  /\b\d+\s?(?:%|percent) off\b|\$\d+ off\b|\bdiscount(?:ed)?\b|\bwaive\w*\b|\bprice[- ]match\w*\b|\bknock \$?\d+ off\b|\bthrow in\b[^.]{0,30}\bfree\b|\bspecial (?:deal|price|offer) for you\b/i;

/** over_eager: discounts, waived charges or price matches the handbook never offers. */
export function checkDiscounts(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-discounts", "over_eager", (turn) => {
    for (const { clauses } of splitMessage(turn.text))
      for (const c of clauses)
        if (PROMISE.test(c.text) && !isNegated(c.text))
          return {
            reason: `promises a discount or waiver the handbook does not offer (prices are fixed) — "${c.text}"`,
            factIds: h.services.map((s) => `svc.${s.id}.price`).slice(0, 3),
          };
    return null;
  });
}
