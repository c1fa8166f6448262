import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, offerClaims } from "../claims/index";
import type { CheckResult, Transcript, Uncertainty } from "../schema";

/**
 * over_eager: a reply that offers, prices, books or promises something the shop does not do (negation-aware), or says
 * yes to the customer's question about it. A bare yes that cannot be tied to the item or a service abstains.
 */
export function checkNotOffered(t: Transcript, h: Handbook = handbook): CheckResult {
  const uncertain: Uncertainty[] = [];
  const result = firstFailingTurn(t, "check-not-offered", "over_eager", (turn) => {
    const { offers, unlinked } = offerClaims(turn, t.now, h);
    for (const o of offers) {
      if (o.subject.kind !== "not_offered" || o.stance !== "offered") continue;
      const id = o.subject.id;
      const name = h.notOffered.find((n) => n.id === id)?.name ?? id;
      const how = o.via === "agreement" ? "agrees to" : "offers";
      const hedge = o.hedged ? " (hedged)" : "";
      return {
        reason: `${how} ${name}${hedge}, which the shop does not do — "${o.clause}"`,
        factIds: [id],
      };
    }
    for (const u of unlinked)
      uncertain.push({
        mode: "over_eager",
        turn: turn.turn,
        evaluator: "check-not-offered",
        reason: `says yes to a question about ${u.items.join(", ")} and ${u.services.join(", ")} without saying to which — "${u.text}"`,
      });
    return null;
  });
  return uncertain.length ? { ...result, uncertain: [...(result.uncertain ?? []), ...uncertain] } : result;
}
