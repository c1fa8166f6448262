import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import { claimConfidence, firstFailingTurn, turnClaims } from "../claims/index";
import type { CheckResult, Transcript, Uncertainty } from "../schema";

const DAY = 1440;

/** The turnaround span (minutes) each service's handbook duration allows; a stated span must lie inside it. */
export const ACCEPTED_DURATION: Record<ServiceId, [number, number]> = {
  inspection: [0, 20],
  flat_repair: [0, 20],
  adjustment: [0, 60],
  brake_pads: [0, 60],
  tune_up: [DAY, 2 * DAY],
  full_service: [3 * DAY, 5 * DAY],
  cable: [0, DAY],
  truing: [0, DAY],
};

/** bad_data: turnaround times stated for a service must fit its handbook duration; one tied to no service abstains. */
export function checkDurations(t: Transcript, h: Handbook = handbook): CheckResult {
  const uncertain: Uncertainty[] = [];
  const result = firstFailingTurn(t, "check-durations", "bad_data", (turn) => {
    const claims = turnClaims(turn, t.now, h);
    const byConfidence = claims.durations
      .map((c) => ({ ...c, confidence: claimConfidence(c.link, c.sentence, true, c.text) }))
      .sort((a, b) => b.confidence - a.confidence);
    for (const c of byConfidence) {
      const [lo, hi] = ACCEPTED_DURATION[c.service];
      // The stated span must lie inside what the handbook allows ("2–3 days" for "within 2 days" is wrong, not close).
      if (c.min >= lo && c.max <= hi) continue;
      const s = h.services.find((x) => x.id === c.service)!;
      return {
        reason: `says ${s.name} takes ${c.text}; handbook: ${s.durationText} — "${c.sentence}"`,
        factIds: [`svc.${c.service}.duration`],
        confidence: c.confidence,
      };
    }
    for (const u of claims.unlinked)
      uncertain.push({
        mode: "bad_data",
        turn: turn.turn,
        evaluator: "check-durations",
        reason: `states a turnaround (${u.text}) with no service to tie it to — "${u.sentence}"`,
      });
    return null;
  });
  return uncertain.length ? { ...result, uncertain: [...(result.uncertain ?? []), ...uncertain] } : result;
}
