import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../chatbot/index";
import { bootstrapCorrected, drawStream, quantile } from "./bootstrap";
import type { Pair } from "./confusion";

const pairs = (tp: number, fn: number, tn: number, fp: number): Pair[] => [
  ...Array.from({ length: tp }, (_, i) => ({ id: `tp${i}`, human: true, predicted: true })),
  ...Array.from({ length: fn }, (_, i) => ({ id: `fn${i}`, human: true, predicted: false })),
  ...Array.from({ length: tn }, (_, i) => ({ id: `tn${i}`, human: false, predicted: false })),
  ...Array.from({ length: fp }, (_, i) => ({ id: `fp${i}`, human: false, predicted: true })),
];
const verdicts = (pass: number, fail: number) => [...Array(pass).fill(true), ...Array(fail).fill(false)];

describe("quantile", () => {
  it("interpolates between order statistics", () => {
    expect(quantile([0, 10, 20, 30, 40], 0.5)).toBe(20);
    expect(quantile([0, 10, 20, 30, 40], 0.025)).toBeCloseTo(1);
    expect(quantile([1, 2], 0.75)).toBeCloseTo(1.75);
  });
});

describe("bootstrapCorrected", () => {
  it("gives the hand-computed point estimate and an interval around it", () => {
    // TPR = 18/20 = 0.9, TNR = 16/20 = 0.8, p_obs = 60/100 → θ = 0.4/0.7
    const r = bootstrapCorrected({ labelled: pairs(18, 2, 16, 4), verdicts: verdicts(60, 40), seed: 1, draws: 2000 });
    expect(r).toMatchObject({ ok: true, tpr: 0.9, tnr: 0.8, observed: 0.6 });
    if (!r.ok) return;
    expect(r.theta).toBeCloseTo(0.5714, 4);
    expect(r.lo).toBeLessThan(r.theta);
    expect(r.hi).toBeGreaterThan(r.theta);
    expect(r.hi - r.lo).toBeGreaterThan(0.1);
  });

  it("is reproducible from the seed and defaults to 20,000 draws", () => {
    const a = bootstrapCorrected({ labelled: pairs(9, 1, 8, 2), verdicts: verdicts(7, 3), seed: 42 });
    const b = bootstrapCorrected({ labelled: pairs(9, 1, 8, 2), verdicts: verdicts(7, 3), seed: 42 });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true, draws: 20_000 });
  });

  it("collapses to a point for a perfect evaluator and constant verdicts", () => {
    const r = bootstrapCorrected({ labelled: pairs(5, 0, 5, 0), verdicts: verdicts(10, 0), seed: 3, draws: 500 });
    expect(r).toMatchObject({ ok: true, theta: 1, lo: 1, hi: 1 });
  });

  it("refuses a near-chance evaluator or missing classes", () => {
    expect(bootstrapCorrected({ labelled: pairs(5, 5, 5, 5), verdicts: verdicts(5, 5), seed: 1 })).toMatchObject({
      ok: false,
    });
    expect(bootstrapCorrected({ labelled: pairs(5, 0, 0, 0), verdicts: verdicts(5, 5), seed: 1 })).toMatchObject({
      ok: false,
    });
  });
});

describe("drawStream", () => {
  it("draws the integers mulberry32 draws from the same seed, and skip(k) passes over exactly k of them", () => {
    for (const seed of [1, 7, 123456789, 0xffffffff]) {
      const ref = mulberry32(seed);
      const d = drawStream(seed);
      for (const n of [1, 2, 60, 100, 1000]) for (let i = 0; i < 50; i++) expect(d.int(n)).toBe(ref.int(n));
      for (let i = 0; i < 1234; i++) ref.next();
      d.skip(1234);
      for (let i = 0; i < 20; i++) expect(d.int(97)).toBe(ref.int(97));
    }
  });
});
