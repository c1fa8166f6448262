import { describe, expect, it } from "vitest";
import { asksForBikeStock, sellsToo } from "./bike-stock";

describe("asksForBikeStock", () => {
  it.each([
    "got any second hand mountain bikes?",
    "what kind of road bikes do you carry",
    "can i part-ex my old bike against a new one",
    "is there a folding bike in stock under 500",
    "looking for a new hybrid to get to work",
  ])("asks for a bike to buy: %s", (t) => expect(asksForBikeStock(t)).toBe(true));

  it.each([
    "do you have time to look at my road bike this week?",
    "do you stock road bike tyres?",
    "got any slots friday for the kids bikes to get a tune up",
    "my new bike's gears are slipping",
    "do you do motor diagnostics on e-bikes?",
  ])("asks for no bike: %s", (t) => expect(asksForBikeStock(t)).toBe(false));
});

describe("sellsToo", () => {
  it.each(["would you take my old bike in part-ex for a new one?", "do you guys sell refurbished ones or buy them"])(
    "a bike to buy beside the trade: %s",
    (t) => expect(sellsToo(t)).toBe(true),
  );
  it("only offering one's bike to the shop", () =>
    expect(sellsToo("do you buy old bikes? mine's a 2015 trek")).toBe(false));
});
