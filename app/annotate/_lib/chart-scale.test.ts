import { describe, expect, it } from "vitest";
import { countTicks, wrapLabel } from "./chart-scale";

describe("countTicks", () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [5, [0, 2, 4, 6]],
    [7, [0, 2, 4, 6, 8]],
    [13, [0, 5, 10, 15]],
    [40, [0, 10, 20, 30, 40]],
    [250, [0, 100, 200, 300]],
  ])("max %d → %j (covers the max, every tick a whole number)", (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
    expect(countTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
  });
});

describe("wrapLabel", () => {
  it.each([
    ["Short", 20, ["Short"]],
    ["Wrong opening hours on holidays", 14, ["Wrong opening", "hours on", "holidays"]],
    ["Supercalifragilistic", 8, ["Supercal", "ifragili", "stic"]],
    ["", 10, [""]],
  ])("%j at %d → %j (nothing dropped)", (text, width, lines) => {
    expect(wrapLabel(text, width)).toEqual(lines);
    expect(lines.join(" ").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });
});
