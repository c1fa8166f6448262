import { describe, expect, it } from "vitest";
import { contrastRatio, HEAT_STEPS, heatStep, luminance } from "./heat-scale";

describe("heatStep", () => {
  it.each([
    [0, 0],
    [0.01, 1],
    [0.05, 1],
    [0.051, 2],
    [0.15, 2],
    [0.2, 3],
    [0.36, 4],
    [0.5, 4],
    [0.6, 5],
    [0.76, 6],
    [1, 6],
  ])("rate %d → step %d", (rate, index) => expect(heatStep(rate).index).toBe(index));

  it("treats out-of-range and non-finite rates as the nearest end", () => {
    expect(heatStep(-0.2).index).toBe(0);
    expect(heatStep(1.5).index).toBe(HEAT_STEPS.length - 1);
    expect(heatStep(Number.NaN).index).toBe(0);
  });
});

describe("HEAT_STEPS", () => {
  it("darkens step by step, so intensity follows the rate", () => {
    const l = HEAT_STEPS.slice(1).map((s) => luminance(s.background));
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]!);
  });

  it("keeps every cell's number readable (WCAG AA, at least 4.5:1)", () => {
    for (const s of HEAT_STEPS) expect(contrastRatio(s.background, s.color), s.label).toBeGreaterThanOrEqual(4.5);
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a color on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0c2238", "#0c2238")).toBe(1);
  });
});
