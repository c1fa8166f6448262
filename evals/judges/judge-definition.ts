import { z } from "zod";

/** A judge's confusion counts and rates against human labels (pass = positive); failed calls counted apart. */
export const JudgeCounts = z.object({
  n: z.number().int().nonnegative(),
  tp: z.number().int().nonnegative(),
  fn: z.number().int().nonnegative(),
  tn: z.number().int().nonnegative(),
  fp: z.number().int().nonnegative(),
  tpr: z.number().min(0).max(1).nullable(),
  tnr: z.number().min(0).max(1).nullable(),
  /** Items whose judge call failed or could not be parsed: left out of the rates, never counted as pass or fail. */
  errors: z.number().int().nonnegative(),
});

/** TPR / TNR of a judge against the human labels of one split, with the counts behind them (pass = positive). */
export const JudgeMeasurement = JudgeCounts.extend({
  split: z.enum(["dev", "test"]),
  seed: z.number().int(),
  /** Items the judge and the humans disagree on (trace or labelled-item ids). */
  disagreements: z.array(z.string()),
});
export type JudgeMeasurement = z.infer<typeof JudgeMeasurement>;

/**
 * A stored LLM judge for one failure mode: what it was built from (the mode's definition, the handbook facts, the
 * train-split examples), the exact system prompt it sends, where it ran and how it measured on dev. The judges
 * registry rebuilds the judge from this row (`judgeFromDefinition`).
 */
export const JudgeDefinition = z.object({
  id: z.string().regex(/^judge-[a-z0-9_]{1,60}-[0-9a-f]{8}$/),
  modeId: z.string().regex(/^[a-z0-9_]{1,60}$/),
  modeName: z.string().min(1).max(60),
  definition: z.string().max(2000),
  factIds: z.array(z.string()),
  shotIds: z.array(z.string()),
  system: z.string().min(1),
  promptHash: z.string().min(1),
  provider: z.string().min(1),
  model: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1).max(120),
  measurement: JudgeMeasurement,
});
export type JudgeDefinition = z.infer<typeof JudgeDefinition>;

/** The bar (the evaluators' TPR/TNR ≥ 0.95 targets, docs/evaluators.md) an evaluator must clear on dev to gate a mode. */
export const VALIDATION = { minTpr: 0.95, minTnr: 0.95 } as const;

/** True when both rates exist and clear the validation bar. */
export function isValidated(m: { tpr: number | null; tnr: number | null }): boolean {
  return m.tpr !== null && m.tnr !== null && m.tpr >= VALIDATION.minTpr && m.tnr >= VALIDATION.minTnr;
}
