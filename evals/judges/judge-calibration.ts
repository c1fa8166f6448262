import { z } from "zod";
import type { LabelledTranscript } from "../schema";
import { humanPasses } from "../stats/labelled-set";
import { JudgeCounts } from "./judge-definition";
import type { ScoredJudge } from "./scored-judge";
import { youdenThreshold } from "./youden-threshold";

/**
 * A scored judge's decision threshold, chosen on the TRAIN split of a labelled set (maximum Youden's J), kept with
 * what it belongs to: `judgeVersion` is the judge's cache key (model, prompt hash, handbook version), so a changed
 * prompt, few-shot set, handbook or model finds no calibration and the judge keeps its generated verdict.
 */
export const JudgeCalibration = z.object({
  schema: z.literal(1),
  judgeId: z.string().min(1),
  mode: z.string().min(1),
  judgeVersion: z.string().min(1),
  model: z.string().min(1),
  promptHash: z.string().min(1),
  labelled: z.object({ file: z.string().min(1), hash: z.string().min(1), seed: z.number().int() }),
  split: z.literal("train"),
  threshold: z.number(),
  /** The threshold's counts on the train split; `errors` (failed score calls) were left out of the fit. */
  train: JudgeCounts.extend({ youden: z.number().min(-1).max(1).nullable() }),
  /** Every train score behind the threshold (s = log P(fail) − log P(pass); fail = the humans' label). */
  scores: z.array(z.object({ id: z.string(), score: z.number(), fail: z.boolean() })),
  createdAt: z.iso.datetime({ offset: true }),
});
export type JudgeCalibration = z.infer<typeof JudgeCalibration>;

/** The calibrations file: one entry per judge version, newest wins. */
export const CalibrationFile = z.object({ calibrations: z.array(JudgeCalibration) });
export type CalibrationFile = z.infer<typeof CalibrationFile>;

/** The calibration for this judge version, if any. */
export function calibrationFor(file: CalibrationFile, judgeVersion: string): JudgeCalibration | null {
  return file.calibrations.filter((c) => c.judgeVersion === judgeVersion).at(-1) ?? null;
}

/** The file with these calibrations added, replacing older ones of the same judge on the same model. */
export function withCalibrations(file: CalibrationFile, added: readonly JudgeCalibration[]): CalibrationFile {
  const key = (c: JudgeCalibration) => `${c.judgeId}\0${c.model}`;
  const replaced = new Set(added.map(key));
  return CalibrationFile.parse({ calibrations: [...file.calibrations.filter((c) => !replaced.has(key(c))), ...added] });
}

/** What a calibration run found out: the calibration, or that the endpoint gives no log probabilities to score. */
export type CalibrationOutcome = { ok: true; calibration: JudgeCalibration } | { ok: false; error: string };

/**
 * Scores every given train item with the judge and picks its threshold (maximum Youden's J, pass = positive). The
 * caller passes train items only; failed calls are counted and left out. An endpoint without log probabilities ends
 * the run: such a judge keeps its generated verdict.
 */
export async function calibrateJudge(
  judge: ScoredJudge,
  train: readonly LabelledTranscript[],
  o: { labelled: JudgeCalibration["labelled"]; now: () => string },
): Promise<CalibrationOutcome> {
  const scored = await Promise.all(train.map(async (i) => ({ i, s: await judge.score(i) })));
  const unsupported = scored.find(({ s }) => !s.ok && s.unsupported);
  if (unsupported && !unsupported.s.ok) return { ok: false, error: unsupported.s.error };
  const scores = scored.flatMap(({ i, s }) =>
    s.ok ? [{ id: i.id, score: s.score, fail: !humanPasses(i, judge.mode) }] : [],
  );
  const { threshold, ...fit } = youdenThreshold(scores);
  return {
    ok: true,
    calibration: JudgeCalibration.parse({
      schema: 1,
      judgeId: judge.id,
      mode: judge.mode,
      judgeVersion: judge.version,
      model: judge.model,
      promptHash: judge.promptHash,
      labelled: o.labelled,
      split: "train",
      threshold,
      train: { n: scores.length, ...fit, errors: scored.length - scores.length },
      scores,
      createdAt: o.now(),
    }),
  };
}
