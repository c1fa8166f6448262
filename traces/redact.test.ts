import { describe, expect, it } from "vitest";
import { redactDeep, redactPii } from "./redact";

describe("PII redaction", () => {
  it.each([
    ["mail me at sam.lee+bikes@example.co.uk please", "mail me at [email] please"],
    ["call 503-555-0199 or (503) 555 0100", "call [phone] or [phone]"],
    ["+1 503.555.0199", "[phone]"],
    ["our number is (503) 555-BIKE", "our number is (503) 555-BIKE"],
    ["a tune-up is $89 on 2026-11-27 at 10:30", "a tune-up is $89 on 2026-11-27 at 10:30"],
  ])("%s", (input, expected) => expect(redactPii(input)).toBe(expected));

  it("redacts strings anywhere in a nested value and keeps other types", () => {
    expect(redactDeep({ a: ["x@y.io", 3, null], b: { c: "503 555 0101", d: true } })).toEqual({
      a: ["[email]", 3, null],
      b: { c: "[phone]", d: true },
    });
  });
});
