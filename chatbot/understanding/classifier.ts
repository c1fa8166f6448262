import { mulberry32 } from "../prng";
import { type ClassifierWeights, classifierFromWeights } from "./classifier-weights";
import { features } from "./features";

/** A trained one-vs-rest logistic-regression model over sparse text features. */
export interface TextClassifier {
  labels: readonly string[];
  /** Probability (0..1) of every label for a text; never throws. */
  scores(text: string): Record<string, number>;
}

/** One labelled training example (multi-label allowed; an empty list is a negative for every label). */
export interface Example {
  text: string;
  labels: string[];
}

/** Training settings; the defaults are what the offline engine uses. */
export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Average the weights over snapshots of the later epochs (default on); off gives the last weights (plain SGD). */
  average?: boolean;
  /**
   * Train once per shuffle seed and average the weights (a linear model: the same as averaging the logits), so a reading
   * does not hinge on one shuffle order; the artifact stays one model's size. Default: `[seed]` when a seed is given, else `DEFAULT_SEEDS`.
   */
  seeds?: number[];
  /**
   * Order each epoch by a hash of (seed, epoch, text) instead of a shuffle of positions, so adding one utterance moves
   * only that utterance in the order rather than reshuffling every other one (default on; off: a seeded shuffle).
   */
  stableOrder?: boolean;
}

/** The shuffle seeds the offline engine's classifiers are averaged over. */
export const DEFAULT_SEEDS = [7, 8, 9, 10, 11];

/** FNV-1a, 32-bit: a fixed pseudo-random key for a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Trains the classifier in-process (deterministic for a seed; a few hundred ms for ~2,500 examples). */
export function trainClassifier(
  labels: readonly string[],
  examples: Example[],
  opts: TrainOptions = {},
): TextClassifier {
  return classifierFromWeights(trainWeights(labels, examples, opts));
}

/**
 * The learned parameters (deterministic for a seed), rounded to 32-bit floats so a model trained here and one loaded
 * from the committed artifact (`trained-model.ts`) score every text identically.
 */
export function trainWeights(
  labels: readonly string[],
  examples: Example[],
  opts: TrainOptions = {},
): ClassifierWeights {
  const seeds = opts.seeds ?? (opts.seed !== undefined ? [opts.seed] : DEFAULT_SEEDS);
  const stableOrder = opts.stableOrder ?? true;
  const runs = seeds.map((seed) => trainOnce(labels, examples, { ...opts, seed, stableOrder }));
  const first = runs[0]!;
  const w = new Float64Array(first.w.length);
  const bias = new Float64Array(labels.length);
  for (const r of runs) {
    for (let i = 0; i < w.length; i++) w[i] = w[i]! + r.w[i]! / runs.length;
    for (let l = 0; l < bias.length; l++) bias[l] = bias[l]! + r.bias[l]! / runs.length;
  }
  return {
    labels: [...labels],
    vocab: first.vocab,
    bias: [...bias].map(Math.fround),
    weights: Float32Array.from(w),
  };
}

/** One SGD run for one shuffle seed (the vocabulary is in first-seen corpus order, the same for every seed). */
function trainOnce(
  labels: readonly string[],
  examples: Example[],
  opts: TrainOptions,
): { vocab: string[]; w: Float64Array; bias: Float64Array } {
  const { epochs = 6, learningRate = 1.5, l2 = 1e-5, seed = 7, average = true } = opts;
  const vocab = new Map<string, number>();
  const rows = examples.map((ex) => {
    const idx = features(ex.text).map((f) => {
      const known = vocab.get(f);
      if (known !== undefined) return known;
      vocab.set(f, vocab.size);
      return vocab.size - 1;
    });
    return {
      idx,
      y: labels.map((l) => (ex.labels.includes(l) ? 1 : 0)),
      scale: 1 / Math.sqrt(Math.max(1, idx.length)),
    };
  });
  const L = labels.length;
  const w = new Float64Array(vocab.size * L);
  const bias = new Float64Array(L);
  const rand = mulberry32(seed).next;
  const order = rows.map((_, i) => i);
  // The weights are averaged over snapshots of the later epochs (averaged SGD), so the model does not hinge on the last few
  // examples the shuffle happened to put at the end: adding one utterance must not flip unrelated readings.
  const avgFrom = Math.floor(epochs / 3);
  const wSum = new Float64Array(w.length);
  const bSum = new Float64Array(L);
  // Four snapshots an epoch.
  const snapEvery = Math.max(1, Math.ceil(rows.length / 4));
  let n = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (opts.stableOrder) {
      const key = examples.map((ex) => fnv1a(`${seed}|${epoch}|${ex.text}`));
      order.sort((a, b) => key[a]! - key[b]! || a - b);
    } else
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    const lr = learningRate / (1 + epoch * 0.1);
    for (const [step, r] of order.entries()) {
      const row = rows[r]!;
      for (let l = 0; l < L; l++) {
        let z = bias[l]!;
        for (const f of row.idx) z += w[f * L + l]! * row.scale;
        const g = sigmoid(z) - row.y[l]!;
        bias[l] = bias[l]! - lr * g;
        for (const f of row.idx) w[f * L + l] = w[f * L + l]! * (1 - lr * l2) - lr * g * row.scale;
      }
      if (epoch >= avgFrom && (step + 1) % snapEvery === 0) {
        for (let i = 0; i < w.length; i++) wSum[i] = wSum[i]! + w[i]!;
        for (let l = 0; l < L; l++) bSum[l] = bSum[l]! + bias[l]!;
        n++;
      }
    }
  }
  if (average && n > 0) {
    for (let i = 0; i < w.length; i++) w[i] = wSum[i]! / n;
    for (let l = 0; l < L; l++) bias[l] = bSum[l]! / n;
  }
  return { vocab: [...vocab.keys()], w, bias };
}
