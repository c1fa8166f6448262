import { z } from "zod";
import { classifierFromWeights, readWeights, StoredWeights, storeWeights } from "./classifier-weights";
import { corpusHash } from "./corpus";
import { trainModelWeights, type UnderstandingModel } from "./understanding-model";

/** The committed artifact: the classifiers' weights and the fingerprint of the corpus they were trained on. */
export const TrainedModelFile = z.object({
  corpusHash: z.string(),
  intent: StoredWeights,
  topics: StoredWeights,
  request: StoredWeights,
});
export type TrainedModelFile = z.infer<typeof TrainedModelFile>;

/** Trains the classifiers and returns the artifact's content (what `pnpm nlu:train` writes). */
export function buildTrainedModelFile(): TrainedModelFile {
  const w = trainModelWeights();
  return {
    corpusHash: corpusHash(),
    intent: storeWeights(w.intent),
    topics: storeWeights(w.topics),
    request: storeWeights(w.request),
  };
}

/**
 * The model stored in an artifact when it was trained on the current corpus (`stale` otherwise: the corpus changed
 * and `pnpm nlu:train` was not run). A malformed artifact is an error value with the reason.
 */
export function readTrainedModel(
  data: unknown,
  hash: string = corpusHash(),
): { ok: true; model: UnderstandingModel } | { ok: false; error: string; stale: boolean } {
  const file = TrainedModelFile.safeParse(data);
  if (!file.success) return { ok: false, stale: false, error: `not a trained-model file: ${file.error.message}` };
  if (file.data.corpusHash !== hash)
    return { ok: false, stale: true, error: "trained on another corpus: run `pnpm nlu:train`" };
  const intent = readWeights(file.data.intent);
  const topics = readWeights(file.data.topics);
  const request = readWeights(file.data.request);
  if (!intent.ok) return { ok: false, stale: false, error: `intent: ${intent.error}` };
  if (!topics.ok) return { ok: false, stale: false, error: `topics: ${topics.error}` };
  if (!request.ok) return { ok: false, stale: false, error: `request: ${request.error}` };
  return {
    ok: true,
    model: {
      intent: classifierFromWeights(intent.weights),
      topics: classifierFromWeights(topics.weights),
      request: classifierFromWeights(request.weights),
    },
  };
}
