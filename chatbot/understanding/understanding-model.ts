import { type TextClassifier, trainClassifier } from "./classifier";
import { INTENT_LABELS, TOPIC_LABELS, trainingCorpus } from "./corpus";

/** The offline engine's trained classifiers: one for the message intent, one (multi-label) for handbook topics. */
export interface UnderstandingModel {
  intent: TextClassifier;
  topics: TextClassifier;
}

/** Trains both classifiers from the in-repo corpus (deterministic; pure CPU, ~0.1–0.3 s). */
export function trainUnderstandingModel(): UnderstandingModel {
  const corpus = trainingCorpus();
  return {
    intent: trainClassifier(INTENT_LABELS, corpus.intents),
    topics: trainClassifier(TOPIC_LABELS, corpus.topics),
  };
}
