import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, policyClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const WHAT = {
  restricted: "restricts payment methods",
  deposit: "asks for a deposit",
  before_pickup: "asks for payment before pickup",
} as const;

/** policy_confusion: deposits, paying up front, or payment methods contradicting "at pickup, card or cash, no deposit". */
export function checkPayment(t: Transcript, h: Handbook = handbook): CheckResult {
  const policy = h.policies.find((p) => p.id === "policy.payment")?.text ?? "payment at pickup";
  return firstFailingTurn(t, "check-payment", "policy_confusion", (turn) => {
    // Every payment statement the reader finds contradicts the handbook (pickup, card or cash, no deposit).
    const c = policyClaims(turn, t.now, h).claims.find(
      (x) => x.kind === "payment_methods" || x.kind === "payment_timing",
    );
    if (!c) return null;
    return {
      reason: `${WHAT[c.value as keyof typeof WHAT]}; handbook: ${policy} — "${c.text}"`,
      factIds: ["policy.payment"],
    };
  });
}
