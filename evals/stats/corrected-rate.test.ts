import { describe, expect, it } from "vitest";
import { correctedPassRate } from "./corrected-rate";

describe("correctedPassRate", () => {
  it("matches hand-computed values", () => {
    // (0.6 + 0.8 − 1) / (0.9 + 0.8 − 1) = 0.4 / 0.7
    const r = correctedPassRate(0.6, 0.9, 0.8);
    expect(r.ok && r.theta).toBeCloseTo(0.571428, 5);
    // a perfect evaluator needs no correction
    expect(correctedPassRate(0.73, 1, 1)).toMatchObject({ theta: 0.73 });
  });
  it("clips to [0, 1]", () => {
    expect(correctedPassRate(0.05, 0.9, 0.8)).toMatchObject({ ok: true, theta: 0 }); // (0.05 − 0.2)/0.7 < 0
    expect(correctedPassRate(0.99, 0.9, 0.95)).toMatchObject({ ok: true, theta: 1 }); // 0.94/0.85 > 1
  });
  it("refuses when TPR + TNR − 1 < 0.2", () => {
    expect(correctedPassRate(0.5, 0.6, 0.59)).toMatchObject({ ok: false });
    expect(correctedPassRate(0.5, 0.6, 0.6).ok).toBe(true);
  });
});
