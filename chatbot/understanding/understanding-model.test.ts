import { describe, expect, it } from "vitest";
import { trainClassifier } from "./classifier";
import { INTENT_LABELS, TOPIC_LABELS, trainingCorpus } from "./corpus";
import dev from "./corpus/dev-utterances.json";
import { trainUnderstandingModel } from "./understanding-model";

const model = trainUnderstandingModel();
const best = (scores: Record<string, number>) => Object.entries(scores).sort((a, b) => b[1] - a[1])[0]![0];

describe("the training corpus", () => {
  it("has at least 40 utterances per intent and per topic", () => {
    const { intents, topics } = trainingCorpus();
    for (const label of INTENT_LABELS)
      expect(intents.filter((e) => e.labels.includes(label)).length, label).toBeGreaterThanOrEqual(40);
    for (const label of TOPIC_LABELS)
      expect(topics.filter((e) => e.labels.includes(label)).length, label).toBeGreaterThanOrEqual(40);
  });
});

describe("the trained classifiers on the dev utterances (written apart from the corpus)", () => {
  const items = dev as [string, string, string[]][];
  it("intent accuracy ≥ 0.85 and topic F1 ≥ 0.8 (threshold 0.3)", () => {
    let ok = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [text, intent, want] of items) {
      if (best(model.intent.scores(text)) === intent) ok++;
      const got = Object.entries(model.topics.scores(text))
        .filter(([, p]) => p >= 0.3)
        .map(([l]) => l);
      for (const g of got)
        if (want.includes(g)) tp++;
        else fp++;
      for (const w of want) if (!got.includes(w)) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(ok / items.length).toBeGreaterThanOrEqual(0.85);
    expect(f1).toBeGreaterThanOrEqual(0.8);
  });

  it("gives several topics for a two-part question, none for a subject the handbook lacks", () => {
    const two = model.topics.scores("where's the shop and when do you shut tonight");
    expect(two.location).toBeGreaterThan(0.3);
    expect(two.hours).toBeGreaterThan(0.3);
    expect(Math.max(...Object.values(model.topics.scores("do you sell protein bars")))).toBeLessThan(0.3);
  });
});

describe("trainClassifier", () => {
  const tiny = trainClassifier(
    ["a", "b"],
    [
      { text: "apples and apricots", labels: ["a"] },
      { text: "bananas and blueberries", labels: ["b"] },
      { text: "apples with bananas", labels: ["a", "b"] },
      { text: "nothing here", labels: [] },
    ],
  );

  it("learns words and is deterministic", () => {
    expect(tiny.scores("apricots please").a).toBeGreaterThan(tiny.scores("apricots please").b!);
    expect(trainClassifier(["a"], [{ text: "x", labels: ["a"] }]).scores("x")).toEqual(
      trainClassifier(["a"], [{ text: "x", labels: ["a"] }]).scores("x"),
    );
  });

  it.each([
    "",
    "🚲🚲",
    "\u0000\u200b",
    "x".repeat(10_000),
    "日本語",
    "<script>alert(1)</script>",
    undefined as unknown as string,
  ])("never throws and gives probabilities for %j", (text) => {
    const s = model.intent.scores(text);
    for (const p of Object.values(s)) expect(p).toBeGreaterThanOrEqual(0);
    for (const p of Object.values(model.topics.scores(text))) expect(p).toBeLessThanOrEqual(1);
  });
});

describe("training is stable", () => {
  // The engine averages each run's later-epoch snapshots (averaged SGD), orders each epoch by a hash of the text (an
  // added utterance does not reshuffle the others) and averages five seeds' weights. Measured on the round-7 corpus
  // over 3,735 dev and held-out user turns: one added utterance flipped the top intent of 206 with one reshuffled seed,
  // 16 with the engine's settings.
  it("one extra unrelated utterance moves the engine's readings less than one reshuffled plain-SGD run's", () => {
    const { intents } = trainingCorpus();
    const extra = { text: "is the kettle on at the shop", labels: ["question"] };
    const items = dev as [string, string, string[]][];
    const drift = (opts: Parameters<typeof trainClassifier>[2]) => {
      const a = trainClassifier(INTENT_LABELS, intents, opts);
      const b = trainClassifier(INTENT_LABELS, [...intents, extra], opts);
      return Math.max(
        ...items.flatMap(([text]) => INTENT_LABELS.map((l) => Math.abs(a.scores(text)[l]! - b.scores(text)[l]!))),
      );
    };
    expect(drift({})).toBeLessThan(drift({ seed: 7, stableOrder: false, average: false }));
  });
});
