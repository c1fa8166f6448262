import { describe, expect, it } from "vitest";
import { contactClaims, phoneDigits } from "./contact-claims";

describe("contactClaims", () => {
  it.each([
    [
      "Ring (503) 555-BIKE or write to hello@jos.example",
      [
        ["phone", "5035552453"],
        ["email", "hello@jos.example"],
      ],
    ],
    [
      "We're at 456 Pedal Ln, Portland, OR 97201.",
      [
        ["street", "456 Pedal Lane"],
        ["zip", "97201"],
        ["city", "Portland"],
      ],
    ],
    ["Book online at www.josbikes.example", [["website", "www.josbikes.example"]]],
    ["Thanks for choosing joe's bike shop!", [["shop_name", "joe's bike shop"]]],
    ["Tune-ups are $89 and take 2 days.", []],
  ])("%s", (text, expected) => {
    expect(contactClaims(text).map((c) => [c.kind, c.normalized])).toEqual(expected);
  });

  it("maps keypad letters and drops a leading country code", () => {
    expect(phoneDigits("+1 503-555-BIKE")).toBe("5035552453");
  });
});
