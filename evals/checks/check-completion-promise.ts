import { type Handbook, handbook } from "../../knowledge-base/index";
import { completionPromises, firstFailingTurn } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/**
 * over_eager: a set finish time pledged for a service the handbook gives days for ("I can guarantee it'll be ready by
 * 6 the same day" for a tune-up ready within 2 business days): the handbook gives a turnaround, never a promise.
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
    return null;
  });
}
