import { describe, expect, it } from "vitest";
import { contactKey, nameKey } from "./booking-keys";

describe("nameKey", () => {
  it.each([
    ["Jo Smith", "jo smith"],
    ["  JO   smith ", "jo smith"],
    ["Ana\tMaría", "ana maría"],
  ])("%j → %j", (input, key) => expect(nameKey(input)).toBe(key));
});

describe("contactKey", () => {
  it.each([
    ["Jo@Example.COM ", "jo@example.com"],
    ["555-010-2030", "5550102030"],
    ["(555) 010 2030", "5550102030"],
    ["+1 555.010.2030", "5550102030"],
    ["+44 20 7946 0958", "442079460958"],
    ["ext 12", "ext 12"],
    ["  Call Me  ", "call me"],
  ])("%j → %j", (input, key) => expect(contactKey(input)).toBe(key));
});
