import { describe, expect, it } from "vitest";
import { findMoney } from "./money-mentions";
import { normaliseMessage } from "./normalise";
import { priceComponents, statesPartAsWhole } from "./price-components";

const FLAT = priceComponents("$15 labour + $9 tube");

describe("priceComponents", () => {
  it("reads the parts of a summed price, and none of a single one", () => {
    expect(FLAT).toEqual([
      { amount: 15, word: "labour" },
      { amount: 9, word: "tube" },
    ]);
    expect(priceComponents("$25 per wheel plus pads")).toEqual([]);
    expect(priceComponents("$89")).toEqual([]);
  });
});

describe("statesPartAsWhole: one part of a summed price given as the whole", () => {
  it.each([
    ["A puncture fix runs **$15**, and the new tube's covered in that."],
    ["It's fifteen dollars — the inner tube is part of the price."],
    ["Flat repair: $15 (comes with a fresh tube)"],
    ["It's $15 flat, nothing extra to pay."],
    ["Fifteen bucks, and we toss in a new tube."],
    ["I believe it's $15 in total for the flat."],
  ])("%s", (text) => {
    const s = normaliseMessage(text);
    const amount = findMoney(s)[0]?.amount ?? 0;
    expect(statesPartAsWhole(s, amount, FLAT)).toBe(true);
  });

  it.each([
    ["Labour is $15, with the tube charged on top."],
    ["It's $15 for labour; the tube isn't included."],
    ["$15 labour plus $9 for the tube."],
    ["The tube is $9 if you need one."],
    ["It's $24 in total, tube included."],
  ])("not: %s", (text) => {
    const s = normaliseMessage(text);
    const amount = findMoney(s)[0]?.amount ?? 0;
    expect(statesPartAsWhole(s, amount, FLAT)).toBe(false);
  });
});
