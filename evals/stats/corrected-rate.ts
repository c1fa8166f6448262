/** The smallest Youden index (TPR + TNR − 1) at which the correction is trusted. */
export const MIN_YOUDEN = 0.2;

/** A corrected estimate, or why it was refused. */
export type Corrected = { ok: true; theta: number; unclipped: number } | { ok: false; reason: string };

/**
 * Corrects an evaluator's observed pass rate for its known errors (Rogan–Gladen, pass = positive):
 * θ = (p_obs + TNR − 1) / (TPR + TNR − 1), clipped to [0, 1]; refused when TPR + TNR − 1 < `minYouden`.
 */
export function correctedPassRate(pObs: number, tpr: number, tnr: number, minYouden = MIN_YOUDEN): Corrected {
  const j = tpr + tnr - 1;
  if (!(j >= minYouden - 1e-9))
    return {
      ok: false,
      reason: `TPR + TNR − 1 = ${j.toFixed(3)} < ${minYouden}: the evaluator is too close to chance to correct`,
    };
  const unclipped = (pObs + tnr - 1) / j;
  return { ok: true, theta: Math.min(1, Math.max(0, unclipped)), unclipped };
}
