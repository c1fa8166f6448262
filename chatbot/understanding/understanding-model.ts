import { type TextClassifier, trainWeights } from "./classifier";
import { type ClassifierWeights, classifierFromWeights } from "./classifier-weights";
import { INTENT_LABELS, REQUEST_LABELS, requestCorpus, TOPIC_LABELS, trainingCorpus } from "./corpus";

/** The offline engine's trained classifiers: message intent, handbook topics (multi-label), request vs question. */
export interface UnderstandingModel {
  intent: TextClassifier;
  topics: TextClassifier;
  /** Asking for the work or a slot ("request") rather than asking about the shop: one probability. */
  request: TextClassifier;
}

/** The three classifiers' weights, trained from the in-repo corpus (deterministic; pure CPU, ~0.4–0.6 s). */
export function trainModelWeights(): {
  intent: ClassifierWeights;
  topics: ClassifierWeights;
  request: ClassifierWeights;
} {
  const corpus = trainingCorpus();
  return {
    intent: trainWeights(INTENT_LABELS, corpus.intents),
    topics: trainWeights(TOPIC_LABELS, corpus.topics),
    request: trainWeights(REQUEST_LABELS, requestCorpus(corpus.intents)),
  };
}

/** Trains the classifiers in-process from the in-repo corpus (what the committed artifact holds, computed afresh). */
export function trainUnderstandingModel(): UnderstandingModel {
  const w = trainModelWeights();
  return {
    intent: classifierFromWeights(w.intent),
    topics: classifierFromWeights(w.topics),
    request: classifierFromWeights(w.request),
  };
}
