import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { wrongWeekdays } from "./weekday-claims";

// Thursday 8 October 2026, morning in Portland.
const THU = "2026-10-08T09:00:00-07:00";

describe("wrongWeekdays", () => {
  it.each([
    ["Sure — tomorrow (Saturday) we're in from 9.", "2026-10-09", "sat", "fri"],
    ["Right now, today — Wednesday — the shop is open till 7.", "2026-10-08", "wed", "thu"],
    ["How about Monday, October 13?", "2026-10-13", "mon", "tue"],
    ["Christmas Day (Thursday) we're closed.", "2026-12-25", "thu", "fri"],
    // A date said to be a weekday ("… is a …", "… falls on a …").
    ["Sure, the 13th is a Monday, so we're closed that day.", "2026-10-13", "mon", "tue"],
    ["October 16 falls on a Thursday — late opening!", "2026-10-16", "thu", "fri"],
  ])("%s", (text, date, said, actual) => {
    expect(wrongWeekdays(text, THU, handbook)).toEqual([expect.objectContaining({ date, said, actual })]);
  });

  it.each([
    "Tomorrow (Friday) we're open 10 to 6.",
    "We're open today, tomorrow, Saturday and Tuesday.",
    "Today, Thursday, is our late night.",
    "Your tune-up on Friday, Sept 18 was within 30 days.",
    "Drop it off Tuesday, October 13, any time from 10.",
    "Good news: the 16th is a Friday, so we're open 10 to 6.",
  ])("a right weekday, a list of days or a past date is fine: %s", (text) => {
    expect(wrongWeekdays(text, THU, handbook)).toEqual([]);
  });
});

describe("wrongWeekdays: comma lists", () => {
  it.each([
    ["We're closed on Thanksgiving, Friday 10 to 6 as usual.", []],
    ["We're open today, Friday, until 6.", [expect.objectContaining({ said: "fri", actual: "thu" })]],
  ])("%s", (text, expected) => {
    expect(wrongWeekdays(text, THU, handbook)).toEqual(expected);
  });
});

describe("wrongWeekdays: dashes and two dates as one", () => {
  it.each([
    ["We're closed on Thanksgiving — Friday we're open 10 to 6.", 0],
    ["Come by today — Thursday — any time before 7.", 0],
    ["Come by today — Friday — any time before 6.", 1],
    ["Tomorrow (Saturday, October 10) we open at 9.", 1],
    ["Tomorrow (Friday, October 9) we open at 10.", 0],
    ["Christmas Day (December 25) we're closed.", 0],
    // Holiday names one after another are a list, not one date renamed as another.
    ["Holidays off: Independence Day, Thanksgiving, Christmas.", 0],
    ["Shut Sundays, Mondays (plus Thanksgiving, Christmas) all year.", 0],
    ["Tomorrow (October 10) we open at 9.", 1],
  ])("%s", (text, count) => {
    expect(wrongWeekdays(text, THU, handbook)).toHaveLength(count);
  });
});

describe("wrongWeekdays: a relative day said to be another date", () => {
  it.each([
    ["Tomorrow is Saturday, October 10, so we're in from 9.", "2026-10-09", "2026-10-10"],
    ["The day after tomorrow will be Friday the 9th.", "2026-10-10", "2026-10-09"],
    ["Today's Wednesday, October 7 — open till 6.", "2026-10-08", "2026-10-07"],
  ])("%s", (text, date, otherDate) => {
    expect(wrongWeekdays(text, THU, handbook)).toContainEqual(expect.objectContaining({ date, otherDate }));
  });

  it.each([
    "Tomorrow is Friday, October 9, and we open at 10.",
    "The day after tomorrow is Saturday the 10th.",
    "The first free day after today is Friday, October 9.",
  ])("the right date is fine: %s", (text) => {
    expect(wrongWeekdays(text, THU, handbook)).toEqual([]);
  });
});
