import { describe, expect, it } from "vitest";
import { HOUR_WORDS, numberValue } from "./number-words";

describe("numberValue", () => {
  it.each([
    ["a", 1],
    ["An", 1],
    ["seven", 7],
    ["Twelve", 12],
    ["forty-eight", 48],
    ["36", 36],
  ])("%s → %d", (text, value) => expect(numberValue(text)).toBe(value));

  it("is NaN for a word it does not know", () => expect(numberValue("several")).toBeNaN());

  it("has the twelve clock hours in order", () =>
    expect(Object.entries(HOUR_WORDS).map(([, v]) => v)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
});
