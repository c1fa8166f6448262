import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson";

describe("wilsonInterval", () => {
  // Reference values: R `binom::binom.wilson` / statsmodels `proportion_confint(method="wilson")`, 95 %.
  it.each([
    { k: 5, n: 10, lo: 0.2366, hi: 0.7634 },
    { k: 0, n: 10, lo: 0, hi: 0.2775 },
    { k: 10, n: 10, lo: 0.7225, hi: 1 },
    { k: 1, n: 20, lo: 0.0089, hi: 0.2361 },
    { k: 81, n: 263, lo: 0.2553, hi: 0.3662 },
    { k: 1, n: 1, lo: 0.2065, hi: 1 },
  ])("k=$k n=$n → [$lo, $hi]", ({ k, n, lo, hi }) => {
    const ci = wilsonInterval(k, n);
    expect(ci.lo).toBeCloseTo(lo, 4);
    expect(ci.hi).toBeCloseTo(hi, 4);
  });

  it("is uninformative with no trials", () => {
    expect(wilsonInterval(0, 0)).toEqual({ lo: 0, hi: 1 });
  });

  it("always contains the observed rate and narrows as n grows", () => {
    for (const [k, n] of [
      [3, 7],
      [30, 70],
      [300, 700],
    ] as const) {
      const ci = wilsonInterval(k, n);
      expect(ci.lo).toBeLessThanOrEqual(k / n);
      expect(ci.hi).toBeGreaterThanOrEqual(k / n);
    }
    const w = (k: number, n: number) => wilsonInterval(k, n).hi - wilsonInterval(k, n).lo;
    expect(w(30, 70)).toBeLessThan(w(3, 7));
  });

  it("refuses impossible counts", () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });
});
