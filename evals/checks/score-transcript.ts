import { type Handbook, handbook } from "../../knowledge-base/index";
import type { Failure, ScoreResult, Transcript, Uncertainty } from "../schema";
import { CODE_EVALUATORS, type CodeEvaluator } from "./registry";

/** Runs every code evaluator on a transcript; the transcript passes when none fails. Failures are ordered by turn. */
export function scoreTranscript(
  t: Transcript,
  options: { h?: Handbook; evaluators?: readonly CodeEvaluator[] } = {},
): ScoreResult {
  const h = options.h ?? handbook;
  const failures: Failure[] = [];
  const uncertain: Uncertainty[] = [];
  for (const e of options.evaluators ?? CODE_EVALUATORS) {
    const r = e.run(t, h);
    failures.push(...r.failures);
    uncertain.push(...(r.uncertain ?? []));
  }
  failures.sort((a, b) => a.turn - b.turn);
  uncertain.sort((a, b) => a.turn - b.turn);
  return { id: t.id, pass: failures.length === 0, failures, uncertain };
}
