import { type Handbook, handbook } from "../../knowledge-base/index";
import { completionPromises, firstFailingTurn, walkInPledgesOf } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/**
 * over_eager: a set finish time pledged for a service the handbook gives days for ("I can guarantee it'll be ready by
 * 6 the same day" for a tune-up ready within 2 business days): the handbook gives a turnaround, never a promise; and a
 * walk-in job pledged a finish time or a place in the queue (first come, first served).
 */
export function checkCompletionPromise(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-completion-promise", "over_eager", (turn) => {
    for (const p of completionPromises(turn, t.now, h)) {
      const svc = p.service ? h.services.find((s) => s.id === p.service) : null;
      if (!svc || !/\bdays?\b/i.test(svc.durationText)) continue;
      return {
        reason: `pledges ${svc.name} finished by a set time; handbook: ${svc.durationText}, never a promised finish — "${p.text}"`,
        factIds: [`svc.${svc.id}.duration`],
      };
    }
    const pledge = walkInPledgesOf(turn, t.now, h)[0];
    if (pledge) {
      const name = h.services.find((s) => s.id === pledge.service)?.name ?? pledge.service;
      return {
        reason: `pledges a walk-in ${name} ${pledge.pledge === "finish_time" ? "finished by a set time" : "a place in the queue"}; handbook: first come, first served, expect a wait in the morning rush — "${pledge.text}"`,
        factIds: ["policy.walk_in", "busy.morning", `svc.${pledge.service}.duration`],
      };
    }
    return null;
  });
}
