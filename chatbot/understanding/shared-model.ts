import { type UnderstandingModel, trainUnderstandingModel } from "./understanding-model";

let shared: UnderstandingModel | null = null;

/** The process's one trained understanding model, trained on first use (one model load per process, shared). */
export function sharedUnderstandingModel(): UnderstandingModel {
  shared ??= trainUnderstandingModel();
  return shared;
}
