import { describe, expect, it } from "vitest";
import { handbook } from "./facts";
import { describeHolidayRule, holidayDateIn, holidayOn, holidaysBetween, withHolidaysFrom } from "./holidays";
import type { HolidayRule } from "./schema";
import { weekdayOf } from "./weekdays";

const rules = handbook.holidayRules;
const rule = (id: string): HolidayRule => rules.find((r) => r.id === id)!;

describe("holidayDateIn", () => {
  it.each([
    ["holiday.thanksgiving", 2026, "2026-11-26"],
    ["holiday.thanksgiving", 2027, "2027-11-25"],
    ["holiday.thanksgiving", 2028, "2028-11-23"],
    ["holiday.thanksgiving", 2029, "2029-11-22"], // November starts on a Thursday: the fourth is the 22nd
    ["holiday.thanksgiving", 2030, "2030-11-28"], // November starts on a Friday: the latest possible date
    ["holiday.christmas", 2027, "2027-12-25"],
    ["holiday.christmas", 2028, "2028-12-25"],
    ["holiday.new_year", 2028, "2028-01-01"],
    ["holiday.new_year", 2029, "2029-01-01"],
  ])("%s in %i is %s", (id, year, date) => {
    expect(holidayDateIn(rule(id), year)).toBe(date);
  });

  it("always puts Thanksgiving on a Thursday between the 22nd and the 28th", () => {
    for (let y = 2000; y <= 2100; y++) {
      const d = holidayDateIn(rule("holiday.thanksgiving"), y);
      expect(weekdayOf(d)).toBe("thu");
      expect(Number(d.slice(8))).toBeGreaterThanOrEqual(22);
      expect(Number(d.slice(8))).toBeLessThanOrEqual(28);
    }
  });
});

describe("holidaysBetween / holidayOn", () => {
  it("lists 2027 and 2028 in date order, both ends included", () => {
    expect(holidaysBetween(rules, "2027-01-01", "2028-12-25").map((h) => `${h.id} ${h.date}`)).toEqual([
      "holiday.new_year 2027-01-01",
      "holiday.thanksgiving 2027-11-25",
      "holiday.christmas 2027-12-25",
      "holiday.new_year 2028-01-01",
      "holiday.thanksgiving 2028-11-23",
      "holiday.christmas 2028-12-25",
    ]);
  });

  it.each([
    ["2027-11-25", "holiday.thanksgiving"],
    ["2028-11-23", "holiday.thanksgiving"],
    ["2028-11-30", null], // a Thursday, but not the fourth
    ["2028-12-25", "holiday.christmas"],
    ["2028-01-01", "holiday.new_year"],
    ["2027-12-24", null],
  ])("%s → %s", (date, id) => {
    expect(holidayOn(rules, date)?.id ?? null).toBe(id);
  });
});

describe("withHolidaysFrom", () => {
  it("lists the year of holidays starting on the injected date", () => {
    expect(withHolidaysFrom(handbook, "2027-12-01").holidays.map((h) => h.date)).toEqual([
      "2027-12-25",
      "2028-01-01",
      "2028-11-23",
    ]);
  });

  it("gives the default handbook the year from 2026-11-01, the shape consumers read", () => {
    expect(handbook.holidays.map((h) => h.date)).toEqual(["2026-11-26", "2026-12-25", "2027-01-01"]);
  });
});

describe("describeHolidayRule", () => {
  it("states nth-weekday and fixed rules in words", () => {
    expect(describeHolidayRule(rule("holiday.thanksgiving"))).toBe("the fourth Thursday of November");
    expect(describeHolidayRule(rule("holiday.christmas"))).toBe("December 25");
  });
});
