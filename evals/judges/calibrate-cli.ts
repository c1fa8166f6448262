import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { LabelledTranscript } from "../schema";
import { CalibrationFile, calibrateJudge, type JudgeCalibration } from "./judge-calibration";
import { assertTrainOnly } from "./judge-prompt";
import { type SeedJudgeDeps, scoredSeedJudges } from "./seed-judges";

/**
 * The calibrations file (zod-parsed; `EVAL_FILES.judgeCalibrations`, committed, so align and eval apply it to the
 * matching judge versions); empty when there is none yet. Server-only.
 */
export function readCalibrations(path: string): CalibrationFile {
  if (!existsSync(path)) return { calibrations: [] };
  return CalibrationFile.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Writes the calibrations file (stable, formatted JSON). Server-only. */
export function writeCalibrations(file: CalibrationFile, path: string): void {
  writeFileSync(path, `${JSON.stringify(CalibrationFile.parse(file), null, 2)}\n`);
}

/**
 * `pnpm eval calibrate-judges`: scores the TRAIN split with each seed mode's scored judge, picks its threshold and
 * stores it (the dev split is never read). Returns the calibrations, or why the judges keep their generated verdict.
 */
export async function calibrateSeedJudges(
  d: SeedJudgeDeps,
  o: { train: readonly LabelledTranscript[]; labelled: JudgeCalibration["labelled"]; limit: number | null },
): Promise<{ ok: true; calibrations: JudgeCalibration[] } | { ok: false; error: string }> {
  assertTrainOnly(o.train, d.split);
  const items = o.limit === null ? o.train : o.train.slice(0, o.limit);
  const calibrations: JudgeCalibration[] = [];
  for (const judge of scoredSeedJudges(d)) {
    const r = await calibrateJudge(judge, items, { labelled: o.labelled, now: d.now });
    if (!r.ok) return { ok: false, error: `${judge.id}: ${r.error}; the judges keep their generated verdict` };
    calibrations.push(r.calibration);
  }
  return { ok: true, calibrations };
}
