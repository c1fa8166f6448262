import type { Handbook } from "../../knowledge-base/index";
import { FAILURE_MODES, type LabelledTranscript } from "../schema";
import type { SplitName } from "../stats/split";
import { type CompleteFn, createJudge, type Judge } from "./judge";
import type { JudgeCache } from "./judge-cache";
import { type CalibrationFile, calibrationFor } from "./judge-calibration";
import { selectFewShots } from "./judge-prompt";
import type { ScoreFn } from "./judge-score";
import { createScoredJudge, type ScoredJudge } from "./scored-judge";

/** What the seed-mode judges are built from: the train items (few-shots), the model's two call kinds, the cache. */
export interface SeedJudgeDeps {
  train: readonly LabelledTranscript[];
  split: ReadonlyMap<string, SplitName>;
  provider: string;
  model: string;
  complete: CompleteFn;
  score: ScoreFn;
  cache: JudgeCache;
  now: () => string;
  h: Handbook;
}

/** One scored judge per seed mode, uncalibrated (threshold null): what `pnpm eval calibrate-judges` scores. */
export function scoredSeedJudges(d: SeedJudgeDeps): ScoredJudge[] {
  return FAILURE_MODES.map((mode) =>
    createScoredJudge({ ...d, mode, shots: selectFewShots([...d.train], mode, d.split), threshold: null }),
  );
}

/**
 * The judge of each seed mode that `pnpm eval align` and `pnpm eval` run: the scored judge with its stored threshold
 * when this exact judge version (model, prompt with these few-shots, handbook) was calibrated, else today's generated
 * verdict. `notes` say which judges are scored, and which have only a stale calibration (same judge and model, an
 * older prompt or handbook: run `pnpm eval calibrate-judges` again).
 */
export function seedJudges(d: SeedJudgeDeps, calibrations: CalibrationFile): { judges: Judge[]; notes: string[] } {
  const notes: string[] = [];
  const judges = scoredSeedJudges(d).map((scored): Judge => {
    const shots = selectFewShots([...d.train], scored.mode, d.split);
    const c = calibrationFor(calibrations, scored.version);
    if (!c) {
      if (calibrations.calibrations.some((x) => x.judgeId === scored.id && x.model === scored.model))
        notes.push(`${scored.id}: calibration is stale (prompt or handbook changed); generated verdicts instead`);
      return createJudge({ ...d, mode: scored.mode, shots });
    }
    notes.push(
      `${scored.id}: threshold ${c.threshold.toFixed(3)} (train n=${c.train.n}, J ${c.train.youden?.toFixed(3) ?? "n/a"})`,
    );
    return createScoredJudge({ ...d, mode: scored.mode, shots, threshold: c.threshold });
  });
  return { judges, notes };
}
