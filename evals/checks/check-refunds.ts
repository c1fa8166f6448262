import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, type PolicyClaim, policyClaims, type TurnProblem } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** Days the handbook gives for free re-adjustment (policy.workmanship) and for returns (policy.returns). */
export const AFTERCARE_DAYS = 30;

function compare(c: PolicyClaim): TurnProblem | null {
  switch (c.kind) {
    case "returns_receipt":
      return {
        reason: `accepts returns without the receipt; handbook: unused parts within ${AFTERCARE_DAYS} days with the receipt — "${c.text}"`,
        factIds: ["policy.returns"],
      };
    case "returns_condition":
      return {
        reason: `accepts the return of a used item; handbook: unused parts within ${AFTERCARE_DAYS} days with the receipt — "${c.text}"`,
        factIds: ["policy.returns"],
      };
    case "workmanship_window":
      if (c.value === AFTERCARE_DAYS) return null;
      return {
        reason:
          c.value === "lifetime"
            ? `promises a lifetime guarantee; handbook: free re-adjustment within ${AFTERCARE_DAYS} days — "${c.text}"`
            : `states a re-adjustment window of ${c.value} days; handbook: ${AFTERCARE_DAYS} days — "${c.text}"`,
        factIds: ["policy.workmanship"],
      };
    case "returns_window":
      if (c.value === AFTERCARE_DAYS) return null;
      return {
        reason: `states a returns window of ${c.value} days; handbook: ${AFTERCARE_DAYS} days with the receipt — "${c.text}"`,
        factIds: ["policy.returns"],
      };
    case "labour_refund":
      return {
        reason: `offers a refund on labour; handbook: labour is not refundable — "${c.text}"`,
        factIds: ["policy.labour_refund"],
      };
    default:
      return null;
  }
}

/** policy_confusion: refunds on labour, returns without the receipt or of used items, or return / re-adjustment windows other than 30 days. */
export function checkRefunds(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-refunds", "policy_confusion", (turn) => {
    for (const c of policyClaims(turn, t.now, h).claims) {
      const problem = compare(c);
      if (problem) return problem;
    }
    return null;
  });
}
