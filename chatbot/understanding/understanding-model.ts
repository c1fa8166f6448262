import { type TextClassifier, trainClassifier } from "./classifier";
import { INTENT_LABELS, REQUEST_LABELS, requestCorpus, TOPIC_LABELS, trainingCorpus } from "./corpus";

/** The offline engine's trained classifiers: message intent, handbook topics (multi-label), request vs question. */
export interface UnderstandingModel {
  intent: TextClassifier;
  topics: TextClassifier;
  /** Asking for the work or a slot ("request") rather than asking about the shop: one probability. */
  request: TextClassifier;
}

/** Trains the three classifiers from the in-repo corpus (deterministic; pure CPU, ~0.1–0.4 s). */
export function trainUnderstandingModel(): UnderstandingModel {
  const corpus = trainingCorpus();
  return {
    intent: trainClassifier(INTENT_LABELS, corpus.intents),
    topics: trainClassifier(TOPIC_LABELS, corpus.topics),
    request: trainClassifier(REQUEST_LABELS, requestCorpus(corpus.intents)),
  };
}
