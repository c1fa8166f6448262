import { describe, expect, it } from "vitest";
import { fitAt, verdictAt, youdenThreshold } from "./youden-threshold";

const items = (fails: number[], passes: number[]) => [
  ...fails.map((score) => ({ score, fail: true })),
  ...passes.map((score) => ({ score, fail: false })),
];

describe("verdictAt", () => {
  it("fails above the threshold, passes at or below it", () => {
    expect(verdictAt(0.51, 0.5)).toBe("fail");
    expect(verdictAt(0.5, 0.5)).toBe("pass");
    expect(verdictAt(-3, 0)).toBe("pass");
  });
});

describe("fitAt (pass = positive)", () => {
  it("counts the confusion matrix and Youden's J", () => {
    const fit = fitAt(items([2, 1, -1], [-2, 0.5, -0.5, -3]), 0);
    expect(fit).toMatchObject({ tp: 3, fn: 1, tn: 2, fp: 1 });
    expect(fit.tpr).toBeCloseTo(0.75);
    expect(fit.tnr).toBeCloseTo(2 / 3);
    expect(fit.youden).toBeCloseTo(0.75 + 2 / 3 - 1);
  });
  it("has null rates without passes or fails", () => {
    expect(fitAt(items([1], []), 0)).toMatchObject({ tpr: null, tnr: 1, youden: null });
  });
});

describe("youdenThreshold", () => {
  it("separates perfectly separable scores at the midpoint of the gap", () => {
    const fit = youdenThreshold(items([3, 2.5], [1, -1, 0]));
    expect(fit.threshold).toBeCloseTo(1.75);
    expect(fit).toMatchObject({ tpr: 1, tnr: 1, youden: 1 });
  });

  it("moves the threshold away from 0 when the model is biased (every score says fail, fails say it louder)", () => {
    const fit = youdenThreshold(items([4.1, 3.9, 4.5], [2, 2.2, 1.8, 3]));
    expect(fit.threshold).toBeCloseTo(3.45);
    expect(fit.youden).toBe(1);
  });

  it("picks the best J when the classes overlap, and the threshold nearest 0 among equal J", () => {
    // Candidates −3, −1.5, 0, 1.5, 2 give J 0, −0.5, 0, −0.5, 0: the tie goes to the one nearest 0.
    expect(youdenThreshold(items([1, -2], [-1, 2]))).toMatchObject({ threshold: 0, youden: 0 });
    const best = youdenThreshold(items([1, 3, -2], [-1, 2, -3, -4]));
    expect(best.youden).toBeCloseTo(fitAt(items([1, 3, -2], [-1, 2, -3, -4]), best.threshold).youden ?? Number.NaN);
    for (const t of [-5, -2.5, -1.5, -0.5, 0, 1.5, 2.5, 4])
      expect(best.youden).toBeGreaterThanOrEqual(fitAt(items([1, 3, -2], [-1, 2, -3, -4]), t).youden ?? -2);
  });

  it("keeps 0 (the model's own even odds) without both classes, or with nothing to fit", () => {
    expect(youdenThreshold(items([1, 2], [])).threshold).toBe(0);
    expect(youdenThreshold(items([], [1, 2])).threshold).toBe(0);
    expect(youdenThreshold([]).threshold).toBe(0);
  });

  it("gives J = 0 for a judge whose scores carry no signal (all equal)", () => {
    expect(youdenThreshold(items([0.7, 0.7], [0.7, 0.7])).youden).toBe(0);
  });
});
