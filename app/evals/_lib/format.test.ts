import { describe, expect, it } from "vitest";
import { ciText, disagreementKind, gateLabel, pct, signedPoints } from "./format";

describe("pct", () => {
  it.each([
    [0, "0.0%"],
    [0.375, "37.5%"],
    [1, "100.0%"],
    [0.36666666666666664, "36.7%"],
  ])("%d → %s", (rate, text) => expect(pct(rate)).toBe(text));
  it("takes a number of digits", () => expect(pct(0.05, 0)).toBe("5%"));
});

describe("signedPoints", () => {
  it.each([
    [0.012, "+1.2 pts"],
    [-0.05, "−5.0 pts"],
    [0, "±0.0 pts"],
    [0.0001, "±0.0 pts"],
    [-0.0004, "±0.0 pts"],
  ])("%d → %s", (delta, text) => expect(signedPoints(delta)).toBe(text));
});

describe("ciText", () => {
  it("formats an interval", () => expect(ciText(0.19999999999999996, 0.5333333333333332)).toBe("20.0–53.3%"));
});

describe("gateLabel", () => {
  it.each([
    ["ok", "✓", "pass"],
    ["over_threshold", "✗", "over threshold"],
    ["regressed", "✗", "regressed"],
  ] as const)("%s", (status, icon, text) => expect(gateLabel(status)).toEqual({ icon, text }));
});

describe("disagreementKind", () => {
  it("a human pass the evaluator failed is a false alarm", () =>
    expect(disagreementKind({ human: true, predicted: false })).toBe("false alarm"));
  it("a human fail the evaluator passed is a missed failure", () =>
    expect(disagreementKind({ human: false, predicted: true })).toBe("missed failure"));
});
