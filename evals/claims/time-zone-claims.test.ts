import { describe, expect, it } from "vitest";
import { findClocks } from "./clock-mentions";
import { normaliseMessage } from "./normalise";
import { otherShopZone } from "./time-zone-claims";

describe("otherShopZone", () => {
  it.each([
    ["We keep Central time here, so our hours are in Central: Saturday 9 to 3.", "Central"],
    ["Heads up: we're on Eastern time, so Thursday runs until 7.", "Eastern"],
    ["All the times I gave you are listed in EST.", "EST"],
    ["Our schedule follows America/Chicago.", "America/Chicago"],
  ])("reads the shop's clock put in another zone: %s", (text, zone) => {
    expect(otherShopZone(text)?.zone).toBe(zone);
  });

  it.each([
    "Our hours are Pacific; for you in Boston that's 1 pm to 9 pm Eastern.",
    "We open at 10 am, which is 11 am Mountain for you.",
    "Our hours are not in Eastern time — everything is Portland time.",
    "You're in Eastern time, so call before 9 pm yours.",
  ])("a conversion, a denial or the customer's zone is no claim: %s", (text) => {
    expect(otherShopZone(text)).toBeNull();
  });
});

describe("times in another zone", () => {
  it("are read back onto the shop's Pacific clock, and do not cut the sentence", () => {
    const text = normaliseMessage("We open at 10 a.m. Pacific, i.e. 1 p.m. Eastern on the East Coast.");
    expect(text).toContain("1 pm Eastern on");
    const { times, ranges } = findClocks(text);
    expect(times.map((t) => t.minutes)).toEqual([600, 600]);
    expect(ranges).toEqual([]);
  });

  it("shift both ends of a converted range", () => {
    const { times, ranges } = findClocks("open 9 am to 3 pm, or noon to 6 pm ET");
    expect(ranges.map((r) => [r.from, r.to])).toEqual([
      [540, 900],
      [540, 900],
    ]);
    expect(times.map((t) => t.minutes)).toEqual([540, 900, 540, 900]);
  });

  it("in a zone whose distance from Pacific changes are not read", () => {
    const { times, ranges } = findClocks("we close at 3 pm (that's 23:00 GMT, or 11 pm UTC)");
    expect(times.map((t) => t.minutes)).toEqual([900]);
    expect(ranges).toEqual([]);
  });
});
