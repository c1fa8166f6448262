import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import {
  civilDate,
  daysBetween,
  localDate,
  localMinutes,
  openingOnDate,
  plusDays,
  recentWithWeekday,
  relativeDay,
  slotMinutesOn,
  weekdayFrom,
  weekdayOn,
} from "./shop-calendar";

const ZONE = "America/Los_Angeles";

describe("the evaluators' own calendar", () => {
  it.each([
    ["2026-06-03", "wed"],
    ["2026-11-26", "thu"],
    ["2026-12-25", "fri"],
    ["2027-01-01", "fri"],
    ["2028-02-29", "tue"],
    ["2000-03-01", "wed"],
    ["1969-12-31", "wed"],
  ])("%s is a %s", (date, day) => expect(weekdayOn(date)).toBe(day));

  it("adds days across months, leap days and years; rejects impossible dates", () => {
    expect(plusDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(plusDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(plusDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(plusDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-06-03", "2026-06-10")).toBe(7);
    expect(civilDate(2026, 2, 30)).toBeNull();
    expect(civilDate(2028, 2, 29)).toBe("2028-02-29");
  });

  it("reads today in the shop's zone, not UTC", () => {
    expect(localDate("2026-06-04T03:30:00Z", ZONE)).toBe("2026-06-03");
    expect(localDate("2026-06-03T23:59:00-07:00", ZONE)).toBe("2026-06-03");
    expect(localMinutes("2026-06-03T17:15:00Z", ZONE)).toBe(10 * 60 + 15);
  });

  it("resolves relative days and weekdays from today", () => {
    expect(relativeDay("see you tomorrow", "2026-06-06")).toBe("2026-06-07");
    expect(relativeDay("the day after tomorrow", "2026-06-06")).toBe("2026-06-08");
    expect(relativeDay("tonight", "2026-06-06")).toBe("2026-06-06");
    expect(relativeDay("in 3 days", "2026-12-30")).toBe("2027-01-02");
    expect(relativeDay("Saturday", "2026-06-06")).toBeNull();
    expect(weekdayFrom("2026-06-03", "fri", null)).toBe("2026-06-05");
    expect(weekdayFrom("2026-06-03", "wed", null)).toBe("2026-06-03");
    expect(weekdayFrom("2026-06-03", "wed", "next")).toBe("2026-06-10");
  });

  it("computes openings and slots from the facts: holidays, closed weekdays, Saturday's short day", () => {
    expect(openingOnDate(handbook, "2026-11-26")).toMatchObject({ open: false, factId: "holiday.thanksgiving" });
    expect(openingOnDate(handbook, "2026-06-07")).toMatchObject({ open: false, factId: "hours.sun" });
    expect(openingOnDate(handbook, "2026-06-04")).toMatchObject({ open: true, opens: 600, closes: 1140 });
    const sat = slotMinutesOn(handbook, "2026-06-06");
    expect([sat[0], sat.at(-1), sat.length]).toEqual([540, 840, 11]);
    expect(slotMinutesOn(handbook, "2026-06-08")).toEqual([]);
  });
});

describe("recentWithWeekday: a weekday named with a date picks the recent past date that falls on it", () => {
  it.each([
    // Said on Wednesday 2026-09-09: "Monday, September 7" is two days ago (2027-09-07 is a Tuesday).
    ["2027-09-07", "mon", "2026-09-09", "2026-09-07"],
    // Said on 2026-12-01: "Thursday, Nov 26" (Thanksgiving) five days ago.
    ["2027-11-26", "thu", "2026-12-01", "2026-11-26"],
    // The next date already falls on the weekday: kept.
    ["2026-09-14", "mon", "2026-09-09", null],
    // A past date far back, or a weekday that fits neither year: no change (a wrong weekday stays for the calendar check).
    ["2027-03-02", "tue", "2026-09-09", null],
    ["2027-09-07", "fri", "2026-09-09", null],
  ] as const)("%s %s on %s → %s", (next, day, today, expected) => {
    expect(recentWithWeekday(next, day, today)).toBe(expected);
  });
});
