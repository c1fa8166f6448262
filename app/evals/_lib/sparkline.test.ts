import { describe, expect, it } from "vitest";
import { niceCeiling, sparkline, yOf } from "./sparkline";

const box = { width: 120, height: 50, pad: 5, yMax: 0.5 };

describe("niceCeiling", () => {
  it.each([
    [[], 0.05],
    [[0, 0], 0.05],
    [[0.05], 0.05],
    [[0.06, 0.02], 0.1],
    [[0.22], 0.25],
    [[0.375, 0.05], 0.5],
    [[0.9], 1],
    [[1.3], 1],
  ])("%j → %d", (values, top) => expect(niceCeiling(values)).toBe(top));
});

describe("yOf", () => {
  it("puts 0 at the bottom and yMax at the top of the plot", () => {
    expect(yOf(0, box)).toBe(45);
    expect(yOf(0.5, box)).toBe(5);
    expect(yOf(0.25, box)).toBe(25);
  });
  it("clips rates above the axis", () => expect(yOf(0.9, box)).toBe(5));
});

describe("sparkline", () => {
  it("spreads the values evenly from left to right", () => {
    expect(sparkline([0, 0.5, 0.25], box)).toEqual({
      points: [
        { x: 5, y: 45 },
        { x: 60, y: 5 },
        { x: 115, y: 25 },
      ],
      d: "M5,45 L60,5 L115,25",
    });
  });
  it("puts a single run at the right edge", () => {
    expect(sparkline([0.25], box)).toEqual({ points: [{ x: 115, y: 25 }], d: "M115,25" });
  });
  it("draws nothing without runs", () => expect(sparkline([], box)).toEqual({ points: [], d: "" }));
  it("leaves a left gutter for axis labels", () =>
    expect(sparkline([0, 0.5], { ...box, gutter: 20 }).points.map((p) => p.x)).toEqual([25, 115]));
});
