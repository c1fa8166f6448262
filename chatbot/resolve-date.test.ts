import { describe, expect, it } from "vitest";
import { resolveDate, resolveTime, resolveWhen } from "./resolve-date";

const NOW = "2026-11-23T09:00:00-08:00"; // Monday
const TZ = "America/Los_Angeles";

describe("resolveDate (now = Monday 2026-11-23 09:00 Pacific)", () => {
  it.each([
    ["tomorrow", "2026-11-24"],
    ["tmrw", "2026-11-24"],
    ["today", "2026-11-23"],
    ["day after tomorrow", "2026-11-25"],
    ["Thursday", "2026-11-26"],
    ["next Saturday", "2026-11-28"],
    ["this sat", "2026-11-28"],
    ["monday", "2026-11-23"],
    ["next monday", "2026-11-30"],
    ["Nov 28", "2026-11-28"],
    ["December 3rd", "2026-12-03"],
    ["3 december", "2026-12-03"],
    ["11/27", "2026-11-27"],
    ["2026-12-01", "2026-12-01"],
    ["the 30th", "2026-11-30"],
    ["in 3 days", "2026-11-26"],
    ["Jan 2", "2027-01-02"],
    ["whenever", null],
  ])("%s → %s", (text, expected) => expect(resolveDate(text, NOW, TZ)).toBe(expected));

  it("reads a month-day said on that very day as today, whatever the machine's time zone", () => {
    expect(resolveDate("November 28", "2026-11-28T08:00:00-08:00", TZ)).toBe("2026-11-28");
    expect(resolveDate("11/28", "2026-11-28T08:00:00-08:00", TZ)).toBe("2026-11-28");
  });

  it("uses the shop's time zone, not UTC: 11pm Pacific Monday is still Monday", () => {
    expect(resolveDate("tomorrow", "2026-11-24T07:00:00Z", TZ)).toBe("2026-11-24");
  });
});

describe("resolveTime", () => {
  it.each([
    ["9:30am", "09:30"],
    ["9.30 am", "09:30"],
    ["at 10", "10:00"],
    ["2 pm", "14:00"],
    ["14:00", "14:00"],
    ["noon", "12:00"],
    ["at 3", "15:00"],
    ["3am", "03:00"],
    ["12am", "00:00"],
    ["10 o'clock", "10:00"],
    ["on the 28th", null],
    ["morning", null],
  ])("%s → %s", (text, expected) => expect(resolveTime(text)).toBe(expected));
});

describe("resolveWhen", () => {
  it("keeps part of day when no exact time is given", () => {
    expect(resolveWhen("Thursday morning", null, NOW, TZ)).toEqual({
      date: "2026-11-26",
      time: null,
      partOfDay: "morning",
    });
  });
});
