import type { ScoreResult } from "../schema";
import type { StoredVerdict } from "./verdict-store";

/**
 * One code check's verdict on a scored conversation: its first failure, else its first abstention (uncertain, with
 * the turn and reason; further ones counted in the reason), else pass. Pure.
 */
export function codeVerdict(
  score: Pick<ScoreResult, "failures" | "uncertain">,
  evaluator: string,
): Pick<StoredVerdict, "verdict" | "turn" | "reason" | "factIds"> {
  const f = score.failures.find((x) => x.evaluator === evaluator);
  if (f) return { verdict: "fail", turn: f.turn, reason: f.reason, factIds: f.factIds };
  const u = (score.uncertain ?? []).filter((x) => x.evaluator === evaluator);
  if (!u.length) return { verdict: "pass", turn: null, reason: null, factIds: [] };
  const more = u.length > 1 ? ` (and ${u.length - 1} more undecided claim${u.length > 2 ? "s" : ""})` : "";
  return { verdict: "uncertain", turn: u[0]!.turn, reason: `${u[0]!.reason}${more}`, factIds: [] };
}
