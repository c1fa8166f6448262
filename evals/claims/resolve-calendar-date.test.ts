import { describe, expect, it } from "vitest";
import { resolveCalendarDate } from "./resolve-calendar-date";

const Z = "America/Los_Angeles";
describe("resolveCalendarDate", () => {
  it.each([
    ["November 28", "2026-11-28T08:30:00-08:00", "2026-11-28"], // today stays today early in the morning
    ["Nov 26", "2026-11-27T10:00:00-08:00", "2027-11-26"],
    ["28th of November", "2026-11-20T10:00:00-08:00", "2026-11-28"],
    ["12/25", "2026-12-20T10:00:00-08:00", "2026-12-25"],
    ["1/1/27", "2026-12-20T10:00:00-08:00", "2027-01-01"],
    ["the 26th", "2026-11-18T10:00:00-08:00", "2026-11-26"],
    ["the 2nd", "2026-11-18T10:00:00-08:00", "2026-12-02"],
    ["2026-11-26", "2026-06-01T10:00:00-07:00", "2026-11-26"],
    ["Feb 30", "2026-06-01T10:00:00-07:00", null],
    ["soon", "2026-06-01T10:00:00-07:00", null],
  ])("%s at %s → %s", (text, now, want) => expect(resolveCalendarDate(text, now, Z)).toBe(want));
});
