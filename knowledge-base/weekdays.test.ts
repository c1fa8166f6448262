import { describe, expect, it } from "vitest";
import { WEEKDAYS, weekdayOf } from "./weekdays";

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
