import { mulberry32 } from "../prng";
import { type Example, type TrainOptions, trainClassifier } from "./classifier";
import { INTENT_LABELS, REQUEST_LABELS, requestCorpus, TOPIC_LABELS, trainingCorpus } from "./corpus";

/** Held-out accuracy of the three classifiers over k folds of the corpus, with the intent's calibration. */
export interface CrossValidation {
  folds: number;
  /** Top-1 intent accuracy on the held-out folds. */
  intentAccuracy: number;
  /** Expected calibration error of the top intent's probability (10 equal-width bins; 0 is perfectly calibrated). */
  intentEce: number;
  /** Micro F1 of the topics at the engine's threshold, and the share of texts whose topic set is exactly right. */
  topicF1: number;
  topicExact: number;
  /** Request-vs-question accuracy at 0.5. */
  requestAccuracy: number;
  examples: { intent: number; topic: number; request: number };
}

/** The k folds of a list: a seeded shuffle, then every k-th item (deterministic). */
export function folds<T>(items: T[], k: number, seed = 11): T[][] {
  const rand = mulberry32(seed).next;
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: T[][] = Array.from({ length: k }, () => []);
  for (const [n, idx] of order.entries()) out[n % k]!.push(items[idx]!);
  return out;
}

/** Each fold predicted by a classifier trained on the others: pairs of (example, scores). */
function heldOutScores(labels: readonly string[], examples: Example[], k: number, opts: TrainOptions) {
  const parts = folds(examples, k);
  return parts.flatMap((test, i) => {
    const model = trainClassifier(
      labels,
      parts.flatMap((p, j) => (j === i ? [] : p)),
      opts,
    );
    return test.map((e) => ({ e, s: model.scores(e.text) }));
  });
}

/** Expected calibration error of (confidence, correct) pairs over 10 equal-width bins. */
export function calibrationError(pairs: { p: number; ok: boolean }[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, ok: 0 }));
  for (const { p, ok } of pairs) {
    const b = bins[Math.min(9, Math.floor(p * 10))]!;
    b.n++;
    b.p += p;
    b.ok += ok ? 1 : 0;
  }
  return bins.reduce((sum, b) => sum + (b.n ? (b.n / pairs.length) * Math.abs(b.p / b.n - b.ok / b.n) : 0), 0);
}

/**
 * k-fold cross-validation of the intent, topic (at `topicThreshold`) and request classifiers on the in-repo corpus
 * with the given training settings: how well they read text they were not trained on (`pnpm nlu:train --cv`).
 */
export function crossValidate(k = 5, opts: TrainOptions = {}, topicThreshold = 0.3): CrossValidation {
  const corpus = trainingCorpus();
  const intents = heldOutScores(INTENT_LABELS, corpus.intents, k, opts);
  const top = (s: Record<string, number>) => Object.entries(s).sort((a, b) => b[1] - a[1])[0]!;
  const pairs = intents.map(({ e, s }) => {
    const [label, p] = top(s);
    return { p, ok: e.labels.includes(label) };
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  const topics = heldOutScores(TOPIC_LABELS, corpus.topics, k, opts);
  for (const { e, s } of topics) {
    const got = TOPIC_LABELS.filter((l) => (s[l] ?? 0) >= topicThreshold);
    tp += got.filter((l) => e.labels.includes(l)).length;
    fp += got.filter((l) => !e.labels.includes(l)).length;
    fn += e.labels.filter((l) => !(got as string[]).includes(l)).length;
    if (got.length === e.labels.length && got.every((l) => e.labels.includes(l))) exact++;
  }
  const request = heldOutScores(REQUEST_LABELS, requestCorpus(corpus.intents), k, opts);
  const requestOk = request.filter(({ e, s }) => s.request! >= 0.5 === e.labels.includes("request")).length;
  return {
    folds: k,
    intentAccuracy: pairs.filter((x) => x.ok).length / pairs.length,
    intentEce: calibrationError(pairs),
    topicF1: (2 * tp) / (2 * tp + fp + fn),
    topicExact: exact / topics.length,
    requestAccuracy: requestOk / request.length,
    examples: { intent: intents.length, topic: topics.length, request: request.length },
  };
}
