import { describe, expect, it } from "vitest";
import { WEEKDAY_ALIASES, WEEKDAYS, weekdayNumber, weekdayOf } from "./weekdays";

describe("weekdayOf", () => {
  it.each([
    ["2026-11-23", "mon"],
    ["2026-11-26", "thu"],
    ["2026-11-29", "sun"],
    ["2028-02-29", "tue"],
    ["2027-01-01", "fri"],
  ])("%s is a %s", (date, day) => expect(weekdayOf(date)).toBe(day));

  it("lists Monday first", () => expect(WEEKDAYS).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]));
});

describe("weekdayNumber", () => {
  it.each([
    ["Monday", 1],
    ["tues", 2],
    ["weds", 3],
    ["THURS", 4],
    ["thu", 4],
    ["sun", 7],
    ["sunny", undefined],
    ["we", undefined],
  ])("%s → %s", (word, n) => expect(weekdayNumber(word)).toBe(n));

  it("knows 18 spellings", () => expect(Object.keys(WEEKDAY_ALIASES)).toHaveLength(18));
});
