import { describe, expect, it } from "vitest";
import { trainClassifier } from "./classifier";
import { calibrationError, folds } from "./cross-validate";

describe("folds", () => {
  it("splits every item into exactly one fold, the same way for a seed", () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const parts = folds(items, 5);
    expect(parts.map((p) => p.length)).toEqual([5, 5, 5, 4, 4]);
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
    expect(folds(items, 5)).toEqual(parts);
    expect(folds(items, 5, 99)).not.toEqual(parts);
  });
});

describe("calibrationError", () => {
  it.each([
    ["confident and right", [{ p: 0.95, ok: true }], 0.05],
    ["confident and wrong", [{ p: 0.95, ok: false }], 0.95],
    [
      "half right at 0.5",
      [
        { p: 0.5, ok: true },
        { p: 0.5, ok: false },
      ],
      0,
    ],
  ])("%s", (_, pairs, want) => {
    expect(calibrationError(pairs)).toBeCloseTo(want, 9);
  });
});

describe("training order (stable by text, not by position)", () => {
  const base = [
    { text: "apples and apricots", labels: ["a"] },
    { text: "bananas and blueberries", labels: ["b"] },
    { text: "apples with bananas", labels: ["a", "b"] },
    { text: "apricot jam please", labels: ["a"] },
    { text: "blueberry pie", labels: ["b"] },
    { text: "nothing here", labels: [] },
  ];
  const extra = { text: "zzz qqq", labels: [] };
  const drift = (stableOrder: boolean) => {
    const a = trainClassifier(["a", "b"], base, { seed: 3, stableOrder });
    const b = trainClassifier(["a", "b"], [extra, ...base], { seed: 3, stableOrder });
    return Math.max(...base.map((e) => Math.abs(a.scores(e.text).a! - b.scores(e.text).a!)));
  };

  it("an unrelated utterance added to the corpus moves the other readings less than a reshuffle does", () => {
    expect(drift(true)).toBeLessThan(drift(false));
  });
});
