import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, policyClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** The free-cancellation window the handbook states (policy.cancellation: "up to 24 hours before"). */
export const FREE_CANCELLATION_HOURS = 24;

/** policy_confusion: a cancellation fee, cancelling refused, or a free-cancellation window other than 24 hours. */
export function checkCancellation(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-cancellation", "policy_confusion", (turn) => {
    for (const c of policyClaims(turn, t.now, h).claims) {
      if (c.kind === "cancellation_fee")
        return {
          reason: `attaches a fee to cancelling; handbook: never a fee — "${c.text}"`,
          factIds: ["policy.cancellation"],
        };
      if (c.kind === "cancellation_refused")
        return {
          reason: `refuses a cancellation; handbook: cancel free up to 24 hours before, within 24 hours please call, never a fee — "${c.text}"`,
          factIds: ["policy.cancellation"],
        };
      if (c.kind === "cancellation_window" && c.value !== FREE_CANCELLATION_HOURS)
        return {
          reason: `states a cancellation window of ${c.value} hours; handbook: free up to ${FREE_CANCELLATION_HOURS} hours before — "${c.text}"`,
          factIds: ["policy.cancellation"],
        };
    }
    return null;
  });
}
