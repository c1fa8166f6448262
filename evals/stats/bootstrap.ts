import { confusion, type Pair } from "./confusion";
import { correctedPassRate, MIN_YOUDEN } from "./corrected-rate";

/** Inputs of the corrected-rate bootstrap: labelled (human, evaluator) pairs and unlabelled evaluator verdicts. */
export interface BootstrapInput {
  labelled: readonly Pair[];
  /** Evaluator verdicts on the unlabelled traces (true = pass). */
  verdicts: readonly boolean[];
  seed: number;
  draws?: number;
  /** Two-sided level: 0.05 gives a 95% interval. */
  alpha?: number;
  minYouden?: number;
}

/** A corrected pass rate with its percentile interval, or why it was refused. */
export type BootstrapResult =
  | {
      ok: true;
      observed: number;
      tpr: number;
      tnr: number;
      theta: number;
      lo: number;
      hi: number;
      draws: number;
      skipped: number;
    }
  | { ok: false; reason: string };

/** The q-quantile of sorted values (linear interpolation between order statistics). */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Seeded percentile bootstrap of the corrected pass rate θ: each draw resamples the labelled pairs (re-estimating TPR
 * and TNR) and the unlabelled verdicts (re-estimating p_obs); draws whose TPR + TNR − 1 falls below `minYouden`, or
 * that lack a class, are skipped and counted.
 */
export function bootstrapCorrected(input: BootstrapInput): BootstrapResult {
  const { labelled, verdicts, seed, draws = 20_000, alpha = 0.05, minYouden = MIN_YOUDEN } = input;
  if (!verdicts.length) return { ok: false, reason: "no unlabelled verdicts" };
  const c = confusion(labelled);
  if (c.tpr === null || c.tnr === null)
    return { ok: false, reason: "labelled pairs need both human passes and human failures" };
  const observed = verdicts.filter(Boolean).length / verdicts.length;
  const point = correctedPassRate(observed, c.tpr, c.tnr, minYouden);
  if (!point.ok) return point;
  const draw = drawStream(seed);
  const thetas: number[] = [];
  let skipped = 0;
  const n = labelled.length;
  const m = verdicts.length;
  // Each pair as its confusion cell (0 tp, 1 fn, 2 fp, 3 tn) and each verdict as 0/1, read in the hot loop below.
  const cell = Uint8Array.from(labelled, (p) => (p.human ? (p.predicted ? 0 : 1) : p.predicted ? 2 : 3));
  const pass = Uint8Array.from(verdicts, (v) => (v ? 1 : 0));
  // Verdicts all alike (a mode no conversation failed): every resample has the same count, so its m draws are skipped
  // in the stream rather than made (the later draws stay the ones mulberry32(seed) gives).
  const passing = pass.reduce((sum, v) => sum + v, 0);
  const alike = passing === 0 || passing === m;
  const counts = new Uint32Array(4);
  for (let b = 0; b < draws; b++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[cell[draw.int(n)]!]!++;
    const [tp, fn, fp, tn] = counts as unknown as [number, number, number, number];
    let passes = 0;
    if (alike) {
      draw.skip(m);
      passes = passing;
    } else for (let i = 0; i < m; i++) passes += pass[draw.int(m)]!;
    const est = tp + fn && tn + fp ? correctedPassRate(passes / m, tp / (tp + fn), tn / (tn + fp), minYouden) : null;
    if (est?.ok) thetas.push(est.theta);
    else skipped++;
  }
  if (!thetas.length) return { ok: false, reason: "every bootstrap draw was refused" };
  thetas.sort((a, b) => a - b);
  return {
    ok: true,
    observed,
    tpr: c.tpr,
    tnr: c.tnr,
    theta: point.theta,
    lo: quantile(thetas, alpha / 2),
    hi: quantile(thetas, 1 - alpha / 2),
    draws,
    skipped,
  };
}

const STEP = 0x6d2b79f5;

/**
 * mulberry32(seed)'s integers, drawn inline in the hot loop, with `skip(k)` to pass over k draws at once: the generator's
 * state only adds a constant per draw, so skipping is one multiply. A test holds it equal to `mulberry32`.
 */
export function drawStream(seed: number): { int(n: number): number; skip(k: number): void } {
  let a = seed >>> 0;
  return {
    int(n: number) {
      a = (a + STEP) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    },
    skip(k: number) {
      a = (a + Math.imul(k, STEP)) >>> 0;
    },
  };
}
