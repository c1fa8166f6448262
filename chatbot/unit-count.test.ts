import { describe, expect, it } from "vitest";
import { unitCount } from "./unit-count";

describe("unitCount", () => {
  it.each([
    ["what's it come to for the two cables", "per cable", 2],
    ["need both wheels straightened", "per wheel", 2],
    ["front and rear brake cables swapped, total?", "per cable", 2],
    ["3 wheels to true (tandem plus a spare)", "per wheel", 3],
    ["four brake cables on the tandem", "per cable", 4],
    ["how much to true a wheel", "per wheel", null],
    ["I have two bikes, one wheel is bent", "per wheel", null],
    ["both wheels", "flat", null],
  ])("%j (%s) → %s", (message, unit, n) => expect(unitCount(message, unit)).toBe(n));
});
