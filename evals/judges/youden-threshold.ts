/** One calibration item: the judge's score and whether the humans say the transcript fails the mode. */
export interface ScoredItem {
  score: number;
  fail: boolean;
}

/** A decision threshold and how it does on the items it was chosen on (pass = positive, as in `pnpm eval align`). */
export interface ThresholdFit {
  threshold: number;
  tp: number;
  fn: number;
  tn: number;
  fp: number;
  tpr: number | null;
  tnr: number | null;
  /** TPR + TNR − 1; null when the items lack a pass or a fail. */
  youden: number | null;
}

/** The verdict a score gives under a threshold: fail when s = log P(fail) − log P(pass) is above it. */
export function verdictAt(score: number, threshold: number): "pass" | "fail" {
  return score > threshold ? "fail" : "pass";
}

/** Counts and rates of a threshold on scored items. */
export function fitAt(items: readonly ScoredItem[], threshold: number): ThresholdFit {
  let tp = 0;
  let fn = 0;
  let tn = 0;
  let fp = 0;
  for (const i of items) {
    const saysPass = verdictAt(i.score, threshold) === "pass";
    if (!i.fail) saysPass ? tp++ : fn++;
    else saysPass ? fp++ : tn++;
  }
  const tpr = tp + fn ? tp / (tp + fn) : null;
  const tnr = tn + fp ? tn / (tn + fp) : null;
  return { threshold, tp, fn, tn, fp, tpr, tnr, youden: tpr === null || tnr === null ? null : tpr + tnr - 1 };
}

/**
 * The threshold that maximises Youden's J (TPR + TNR − 1) on the items: candidates are the midpoints between
 * consecutive distinct scores and one beyond each end; among equal J the one nearest 0 (the model's own even
 * odds) wins. Without both a pass and a fail there is nothing to separate: threshold 0.
 */
export function youdenThreshold(items: readonly ScoredItem[]): ThresholdFit {
  const scores = [...new Set(items.map((i) => i.score))].sort((a, b) => a - b);
  if (!items.some((i) => i.fail) || !items.some((i) => !i.fail) || !scores.length) return fitAt(items, 0);
  const first = scores[0] as number;
  const last = scores[scores.length - 1] as number;
  const candidates = [first - 1, ...scores.slice(1).map((s, k) => ((scores[k] as number) + s) / 2), last];
  let best = fitAt(items, candidates[0] as number);
  for (const c of candidates.slice(1)) {
    const fit = fitAt(items, c);
    const better = (fit.youden ?? -2) - (best.youden ?? -2);
    if (better > 1e-12 || (Math.abs(better) <= 1e-12 && Math.abs(c) < Math.abs(best.threshold))) best = fit;
  }
  return best;
}
