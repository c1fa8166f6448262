import trained from "./trained/classifiers.json";
import { readTrainedModel } from "./trained-model";
import { trainUnderstandingModel, type UnderstandingModel } from "./understanding-model";

let shared: { model: UnderstandingModel; source: "artifact" | "trained" } | null = null;

/**
 * The process's one understanding model (one model load per process, shared): the committed weights
 * (`trained/classifiers.json`, written by `pnpm nlu:train`) when they match the corpus, else trained in-process (the
 * corpus was edited and the artifact not yet regenerated; `trained-model.test.ts` fails until it is). A malformed
 * artifact is thrown.
 */
export function sharedUnderstandingModel(): UnderstandingModel {
  shared ??= load();
  return shared.model;
}

/** Where the shared model came from (the bench reports it). */
export function sharedModelSource(): "artifact" | "trained" {
  sharedUnderstandingModel();
  return shared!.source;
}

function load(): NonNullable<typeof shared> {
  const r = readTrainedModel(trained);
  if (r.ok) return { model: r.model, source: "artifact" };
  if (!r.stale) throw new Error(`chatbot/understanding/trained/classifiers.json: ${r.error}`);
  return { model: trainUnderstandingModel(), source: "trained" };
}
