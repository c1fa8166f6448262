import { describe, expect, it } from "vitest";
import { storeWeights } from "./classifier-weights";
import { trainingCorpus } from "./corpus";
import dev from "./corpus/dev-utterances.json";
import { sharedModelSource } from "./shared-model";
import committed from "./trained/classifiers.json";
import { buildTrainedModelFile, readTrainedModel } from "./trained-model";
import { trainUnderstandingModel } from "./understanding-model";

describe("the committed trained model (chatbot/understanding/trained/classifiers.json)", () => {
  it("was trained on the current corpus — if not, run `pnpm nlu:train` and commit the file", () => {
    const r = readTrainedModel(committed);
    expect(r.ok ? "in sync" : r.error).toBe("in sync");
    expect(sharedModelSource()).toBe("artifact");
  });

  it("scores every corpus and dev text as a model trained now does (features or training code unchanged)", () => {
    const r = readTrainedModel(committed);
    if (!r.ok) throw new Error(r.error);
    const fresh = trainUnderstandingModel();
    const { intents, topics } = trainingCorpus();
    const texts = [...intents, ...topics].map((e) => e.text).concat((dev as [string][]).map(([t]) => t));
    let worst = 0;
    for (const text of texts)
      for (const k of ["intent", "topics", "request"] as const) {
        const a = r.model[k].scores(text);
        const b = fresh[k].scores(text);
        for (const l of Object.keys(b)) worst = Math.max(worst, Math.abs(a[l]! - b[l]!));
      }
    expect(worst).toBeLessThan(1e-6);
  });
});

describe("readTrainedModel", () => {
  const file = buildTrainedModelFile();

  it("loads a file trained on the given corpus", () => {
    expect(readTrainedModel(file, file.corpusHash).ok).toBe(true);
  });

  it("reports a file trained on another corpus as stale", () => {
    expect(readTrainedModel(file, "another corpus")).toMatchObject({ ok: false, stale: true });
  });

  it.each([
    ["not an object", null],
    ["weights cut short", { ...file, topics: { ...file.topics, weights: file.topics.weights.slice(0, 100) } }],
    ["a bias missing", { ...file, intent: { ...file.intent, bias: file.intent.bias.slice(1) } }],
  ])("refuses a malformed file (%s) with the reason, not as stale", (_, data) => {
    const r = readTrainedModel(data, file.corpusHash);
    expect(r).toMatchObject({ ok: false, stale: false });
  });

  it("keeps float32 weights exactly through storing", () => {
    const w = { labels: ["a"], vocab: ["w:x", "w:y"], bias: [0.5], weights: Float32Array.from([0.1, -3.25]) };
    const r = readTrainedModel(
      { corpusHash: "h", intent: storeWeights(w), topics: storeWeights(w), request: storeWeights(w) },
      "h",
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.model.intent.scores("x").a).toBeCloseTo(1 / (1 + Math.exp(-(0.5 + Math.fround(0.1)))), 12);
  });
});
