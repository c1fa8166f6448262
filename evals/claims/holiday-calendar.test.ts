import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { checkHoursClaims } from "../checks/check-hours-claims";
import { convo } from "../checks/test-support";
import { holidayOnDate, namedHoliday } from "./holiday-calendar";

describe("the evaluators' holiday calendar works in any year, from the handbook's rules", () => {
  it.each([
    ["2027-12-25", "holiday.christmas"],
    ["2028-11-23", "holiday.thanksgiving"],
    ["2026-01-01", "holiday.new_year"],
    ["2028-11-16", null],
    ["2027-12-24", null],
  ])("%s", (date, id) => {
    expect(holidayOnDate(handbook, date)?.id ?? null).toBe(id);
  });

  it("reads a named holiday as its occurrence nearest to today", () => {
    expect(namedHoliday(handbook, "christmas", "2027-12-20")?.date).toBe("2027-12-25");
    expect(namedHoliday(handbook, "new year's", "2026-01-03")?.date).toBe("2026-01-01");
    expect(namedHoliday(handbook, "thanksgiving", "2028-10-30")?.date).toBe("2028-11-23");
  });

  it("so a closed holiday on a weekday the shop opens is right, and 'open' on it is wrong, in a year not listed", () => {
    const now = "2027-12-21T11:00:00-08:00";
    const ask = "open this saturday?";
    expect(
      checkHoursClaims(convo([ask, "Saturday is Christmas Day this year, so we're shut that day."], now)).pass,
    ).toBe(true);
    expect(
      checkHoursClaims(convo([ask, "The 25th falls on a Saturday, so we're closed for Christmas."], now)).pass,
    ).toBe(true);
    expect(checkHoursClaims(convo([ask, "Yes, Saturday the 25th we're open 9 to 3 as usual."], now)).pass).toBe(false);
  });
});

describe("'yesterday' names a day too", () => {
  it("a closure yesterday on a holiday is right; on an ordinary open weekday it is wrong", () => {
    const ask = "you open today?";
    const dayAfterThanksgiving = "2027-11-26T10:30:00-08:00";
    expect(
      checkHoursClaims(convo([ask, "Open today, yes — yesterday we were closed."], dayAfterThanksgiving)).pass,
    ).toBe(true);
    expect(
      checkHoursClaims(convo([ask, "Open today, yes — yesterday we were closed."], "2026-06-03T10:30:00-07:00")).pass,
    ).toBe(false);
  });
});
