import { type Handbook, handbook } from "../../knowledge-base/index";
import { claimsOfKind, firstFailingTurn, policyClaims } from "../claims/index";
import type { CheckResult, Transcript, Uncertainty } from "../schema";

/**
 * policy_confusion: booked services (tune-up, full service, cables, truing) stated as walk-in, or walk-in jobs as
 * booked or bookable, or walk-ins put ahead of the queue or promised no morning wait; a booking requirement over
 * services of both kinds at once abstains.
 */
export function checkWalkInPolicy(t: Transcript, h: Handbook = handbook): CheckResult {
  const svc = (id: string) => h.services.find((s) => s.id === id)!;
  const uncertain: Uncertainty[] = [];
  const result = firstFailingTurn(t, "check-walk-in-policy", "policy_confusion", (turn) => {
    const { claims, unlinked } = policyClaims(turn, t.now, h);
    for (const c of claimsOfKind(claims, "booking")) {
      const truth = svc(c.service!).booking;
      if (c.value === "walk_in" ? truth === "walk_in" : truth === "required") continue;
      return {
        reason:
          c.value === "walk_in"
            ? `says ${svc(c.service!).name} can be a walk-in; it must be booked — "${c.text}"`
            : `says ${svc(c.service!).name} ${c.value === "booked" ? "can be booked" : "must be booked"}; it is walk-in — "${c.text}"`,
        factIds: [`svc.${c.service}.booking`, "policy.walk_in"],
      };
    }
    const queue = claimsOfKind(claims, "walk_in_queue")[0];
    if (queue)
      return {
        reason: `says walk-ins are ${queue.value === "priority" ? "served ahead of others" : "seen without a wait"}; handbook: first come, first served, expect a wait in the morning rush — "${queue.text}"`,
        factIds: ["policy.walk_in", "busy.morning"],
      };
    const window = claimsOfKind(claims, "walk_in_window")[0];
    if (window)
      return {
        reason: `limits when walk-ins are taken; handbook: first come, first served whenever the shop is open — "${window.text}"`,
        factIds: ["policy.walk_in"],
      };
    for (const u of unlinked.filter((x) => x.kind === "booking")) {
      const kinds = new Set(u.candidates.map((id) => svc(id).booking));
      if (!kinds.has("walk_in")) continue;
      if (kinds.size === 1)
        return {
          reason: `says ${u.candidates.map((id) => svc(id).name).join(" and ")} must be booked; they are walk-in — "${u.text}"`,
          factIds: [...u.candidates.map((id) => `svc.${id}.booking`), "policy.walk_in"],
        };
      uncertain.push({
        mode: "policy_confusion",
        turn: turn.turn,
        evaluator: "check-walk-in-policy",
        reason: `a booking requirement over ${u.candidates.join(", ")} (walk-in and booked services) — "${u.text}"`,
      });
    }
    return null;
  });
  return uncertain.length ? { ...result, uncertain: [...(result.uncertain ?? []), ...uncertain] } : result;
}
