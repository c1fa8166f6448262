import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, type PolicyClaim, policyClaims, servicesIn, type TurnProblem } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** Days the handbook gives for free re-adjustment (policy.workmanship) and for returns (policy.returns). */
export const AFTERCARE_DAYS = 30;

/** The services the free re-adjustment follows, read from the handbook's own words (policy.workmanship). */
export function workmanshipServices(h: Handbook): string[] {
  return servicesIn(h.policies.find((p) => p.id === "policy.workmanship")?.text ?? "");
}

function compare(c: PolicyClaim, h: Handbook): TurnProblem | null {
  switch (c.kind) {
    case "workmanship_scope":
      if (c.value === "excluded")
        return c.service && workmanshipServices(h).includes(c.service)
          ? {
              reason: `says ${h.services.find((s) => s.id === c.service)?.name ?? c.service} gets no free re-adjustment; handbook: ${h.policies.find((p) => p.id === "policy.workmanship")?.text} — "${c.text}"`,
              factIds: ["policy.workmanship"],
            }
          : null;
      if (!c.service || workmanshipServices(h).includes(c.service)) return null;
      return {
        reason: `puts ${h.services.find((s) => s.id === c.service)?.name ?? c.service} under the free re-adjustment; handbook: ${h.policies.find((p) => p.id === "policy.workmanship")?.text} — "${c.text}"`,
        factIds: ["policy.workmanship"],
      };
    case "workmanship_fee":
      return {
        reason: `charges for the re-adjustment; handbook: ${h.policies.find((p) => p.id === "policy.workmanship")?.text} — "${c.text}"`,
        factIds: ["policy.workmanship"],
      };
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

/**
 * policy_confusion: refunds on labour, returns without the receipt or of used items, return / re-adjustment windows
 * other than 30 days, or the re-adjustment promised after a service it does not follow.
 */
export function checkRefunds(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-refunds", "policy_confusion", (turn) => {
    for (const c of policyClaims(turn, t.now, h).claims) {
      const problem = compare(c, h);
      if (problem) return problem;
    }
    return null;
  });
}
