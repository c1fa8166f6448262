import { createHash } from "node:crypto";
import { Topic } from "../topic";
import type { Example } from "./classifier";
import intentsJson from "./corpus/intents.json";
import requestsJson from "./corpus/requests.json";
import topicsJson from "./corpus/topics.json";

/** Message-level intents the classifier tells apart (the state decides what "yes" or a bare date means). */
export const INTENT_LABELS = [
  "greeting",
  "thanks",
  "handoff",
  "book",
  "cancel_booking",
  "recall_booking",
  "affirm",
  "negate",
  "abort",
  "details",
  "question",
] as const;
export type IntentLabel = (typeof INTENT_LABELS)[number];

/**
 * Handbook topics the classifier scores (multi-label); "not offered" items are found by the handbook's aliases instead,
 * and a subject the handbook lacks by its absence from the handbook ("unknown").
 */
export const TOPIC_LABELS = Topic.exclude(["not_offered", "unknown"]).options;
export type TopicLabel = (typeof TOPIC_LABELS)[number];

interface TopicsFile {
  _multi: [string, string[]][];
  none: string[];
  [topic: string]: string[] | [string, string[]][];
}

function merge(examples: Example[]): Example[] {
  const by = new Map<string, Set<string>>();
  for (const e of examples) {
    const key = e.text.toLowerCase().trim();
    const set = by.get(key) ?? new Set<string>();
    for (const l of e.labels) set.add(l);
    by.set(key, set);
  }
  return [...by.entries()].map(([text, labels]) => ({ text, labels: [...labels] }));
}

/** The labelled training corpus (in the repo, `corpus/*.json`): intent examples and multi-label topic examples. */
export function trainingCorpus(): { intents: Example[]; topics: Example[] } {
  const intents = intentsJson as Record<string, string[]>;
  const topics = topicsJson as unknown as TopicsFile;
  const topicExamples: Example[] = [];
  for (const [label, texts] of Object.entries(topics)) {
    if (label === "_multi") continue;
    for (const text of texts as string[]) topicExamples.push({ text, labels: label === "none" ? [] : [label] });
  }
  for (const [text, labels] of topics._multi) topicExamples.push({ text, labels });
  // Non-questions are negatives for every topic.
  for (const [label, texts] of Object.entries(intents))
    if (label !== "question") for (const text of texts) topicExamples.push({ text, labels: [] });
  const intentExamples: Example[] = Object.entries(intents).flatMap(([label, texts]) =>
    texts.map((text) => ({ text, labels: [label] })),
  );
  for (const e of topicExamples)
    if (e.labels.length || topics.none.includes(e.text)) intentExamples.push({ text: e.text, labels: ["question"] });
  return { intents: mergeSingle(intentExamples), topics: merge(topicExamples) };
}

/** The label of the request-vs-question classifier (a message without it asks about the shop). */
export const REQUEST_LABELS = ["request"] as const;

/**
 * Request-vs-question examples: the confusable ones in `corpus/requests.json`, plus the intent corpus's booking requests
 * and details (requests) and its questions, topic examples included (not requests).
 */
export function requestCorpus(intents: Example[] = trainingCorpus().intents): Example[] {
  const own = requestsJson as { request: string[]; question: string[] };
  const examples: Example[] = [
    ...own.request.map((text) => ({ text, labels: ["request"] })),
    ...own.question.map((text) => ({ text, labels: [] })),
  ];
  for (const e of intents) {
    if (e.labels[0] === "book" || e.labels[0] === "details") examples.push({ text: e.text, labels: ["request"] });
    if (e.labels[0] === "question") examples.push({ text: e.text, labels: [] });
  }
  return mergeSingle(examples);
}

/** Intent examples keep one label: the first given (a text listed twice keeps its first intent). */
function mergeSingle(examples: Example[]): Example[] {
  const seen = new Map<string, Example>();
  for (const e of examples) {
    const key = e.text.toLowerCase().trim();
    if (!seen.has(key)) seen.set(key, { text: key, labels: e.labels });
  }
  return [...seen.values()];
}

/**
 * A fingerprint of what training reads (the corpus files and the label lists): the committed trained model
 * (`trained-model.ts`) is used only while its fingerprint matches.
 */
export function corpusHash(): string {
  const data = JSON.stringify({
    intents: intentsJson,
    topics: topicsJson,
    requests: requestsJson,
    INTENT_LABELS,
    TOPIC_LABELS,
    REQUEST_LABELS,
  });
  return createHash("sha256").update(data).digest("hex");
}
