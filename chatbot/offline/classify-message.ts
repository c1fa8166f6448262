import type { Topic } from "../schema";
import { type IntentLabel, TOPIC_LABELS } from "../understanding/corpus";
import type { UnderstandingModel } from "../understanding/understanding-model";

/** A topic counts when the classifier gives it at least this probability (tuned on the dev utterances, not held-out). */
export const TOPIC_THRESHOLD = 0.3;

const ASKS =
  /^(what|what's|whats|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may|any|r u|u)\b/i;

/** Clauses of a message ("how much is a tune-up and do you take cards?" → two questions), each scored on its own too. */
export function clauses(text: string): string[] {
  const parts = text
    .split(/[?;.!]+|,\s*|\s+(?:and|also|plus|or|but)\s+/i)
    .map((x) => x.trim().replace(/^(and|also|plus|or|but|so|then)\s+/i, ""));
  // Only clauses that ask something: "I'm on a return trip, are you open?" must not add "returns".
  return parts.filter((x) => x.split(/\s+/).length >= 2 && ASKS.test(x));
}

/** Topics at or above the threshold in the whole message or in any clause that asks something. */
export function topicsOf(model: UnderstandingModel, text: string): Topic[] {
  const found = new Set<Topic>();
  const pieces = clauses(text);
  for (const piece of pieces.length > 1 ? [text, ...pieces] : [text]) {
    const scores = model.topics.scores(piece);
    for (const l of TOPIC_LABELS) if ((scores[l] ?? 0) >= TOPIC_THRESHOLD) found.add(l);
  }
  return TOPIC_LABELS.filter((l) => found.has(l));
}

/** The intent classifier's best label with its probability, and every label's. */
export function ranked(
  model: UnderstandingModel,
  text: string,
): { top: IntentLabel; p: number; scores: Record<string, number> } {
  const scores = model.intent.scores(text);
  const [top, p] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0] ?? ["question", 0];
  return { top: top as IntentLabel, p, scores };
}
