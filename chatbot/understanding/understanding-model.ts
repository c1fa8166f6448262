import { type TextClassifier, trainWeights } from "./classifier";
import { type ClassifierWeights, classifierFromWeights } from "./classifier-weights";
import { INTENT_LABELS, TOPIC_LABELS, trainingCorpus } from "./corpus";

/** The offline engine's trained classifiers: one for the message intent, one (multi-label) for handbook topics. */
export interface UnderstandingModel {
  intent: TextClassifier;
  topics: TextClassifier;
}

/** Both classifiers' weights, trained from the in-repo corpus (deterministic; pure CPU, ~0.3–0.4 s). */
export function trainModelWeights(): { intent: ClassifierWeights; topics: ClassifierWeights } {
  const corpus = trainingCorpus();
  return {
    intent: trainWeights(INTENT_LABELS, corpus.intents),
    topics: trainWeights(TOPIC_LABELS, corpus.topics),
  };
}

/** Trains both classifiers in-process from the in-repo corpus (what the committed artifact holds, computed afresh). */
export function trainUnderstandingModel(): UnderstandingModel {
  const w = trainModelWeights();
  return { intent: classifierFromWeights(w.intent), topics: classifierFromWeights(w.topics) };
}
