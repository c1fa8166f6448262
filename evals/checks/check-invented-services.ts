import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, offerClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** over_eager: offering a service the handbook neither lists nor declines (an invented service, e.g. a free valet). */
export function checkInventedServices(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-invented-services", "over_eager", (turn) => {
    const o = offerClaims(turn, t.now, h).offers.find((x) => x.subject.kind === "invented");
    const what = o?.subject.kind === "invented" ? o.subject.text : null;
    if (!o || what === null) return null;
    return {
      reason: `offers "${what}", which is neither a service in the handbook nor on its not-offered list — "${o.clause}"`,
      factIds: h.services.map((s) => `svc.${s.id}.price`),
    };
  });
}
