import { type Handbook, handbook } from "../../knowledge-base/index";
import { claimsOfKind, firstFailingTurn, policyClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** policy_confusion: the safety inspection priced, charged for, or made free only on a condition (it is always free). */
export function checkInspectionFee(t: Transcript, h: Handbook = handbook): CheckResult {
  const price = h.services.find((s) => s.id === "inspection")!.priceUsd;
  return firstFailingTurn(t, "check-inspection-fee", "policy_confusion", (turn) => {
    const c = claimsOfKind(policyClaims(turn, t.now, h).claims, "inspection_fee").find((x) => x.value !== price);
    if (!c) return null;
    return {
      reason: `charges for the safety inspection or attaches a condition; handbook: free, always, no purchase needed — "${c.text}"`,
      factIds: ["svc.inspection.price", "policy.walk_in"],
    };
  });
}
