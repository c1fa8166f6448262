import { describe, expect, it } from "vitest";
import { handbook } from "../knowledge-base/index";
import { chooseTime } from "./choose-time";
import { resolveWhen } from "./resolve-when";

const MON = "2026-11-23T09:00:00-08:00";
const when = (text: string, now = MON) => resolveWhen(handbook, text, text, now);

describe("resolveWhen (the chatbot's choice among the recogniser's candidates)", () => {
  it.each([
    ["Saturday", "2026-11-28"],
    ["monday", "2026-11-30"],
    ["the 20th", "2026-11-20"], // just gone: kept so the validator refuses it
    ["the 30th", "2026-11-30"],
    ["Dec 3rd", "2026-12-03"],
    ["tuesday the 1st", "2026-12-01"],
    ["tmrw", "2026-11-24"],
  ])("%s → %s", (text, date) => expect(when(text).date).toBe(date));

  it.each([
    ["friday at 4", "16:00"],
    ["saturday at 9", "09:00"],
    ["friday quarter to 5", "16:45"],
    ["friday around noon", "12:00"],
  ])("%s → %s (the reading inside opening hours)", (text, time) => expect(when(text).time).toBe(time));

  it("a week without a day is a range to ask about; a weekday question stays a weekday", () => {
    expect(when("sometime next week")).toMatchObject({ date: null, range: { start: "2026-11-30", end: "2026-12-06" } });
    expect(when("what are your hours friday")).toMatchObject({ weekdayOnly: true, date: "2026-11-27" });
    expect(when("hours on saturday and tuesday?").dates).toEqual(["2026-11-28", "2026-11-24"]);
    expect(when("first slot on friday")).toMatchObject({ earliest: true, date: "2026-11-27" });
    expect(when("last slot on weds")).toMatchObject({ latest: true, earliest: false, date: "2026-11-25" });
    // Abbreviated days in a list: "sat"/"sun" count as days beside another day, not as English words.
    expect(when("wed / sat / sun opening times?").dates).toEqual(["2026-11-25", "2026-11-28", "2026-11-29"]);
    expect(when("sat or tues any good?").dates).toEqual(["2026-11-28", "2026-11-24"]);
    expect(when("I sat in traffic on friday").dates).toEqual(["2026-11-27"]);
  });

  it("chooseTime keeps a lone reading and falls back to the first outside hours", () => {
    expect(chooseTime(handbook, ["03:00"], "2026-11-27")).toBe("03:00");
    expect(chooseTime(handbook, ["08:00", "20:00"], "2026-11-27")).toBe("08:00");
    expect(chooseTime(handbook, [], null)).toBeNull();
  });
});

describe("resolveWhen: 'next <weekday>'", () => {
  it.each([
    ["next friday", MON, "2026-11-27"],
    ["next saturday at 10am", MON, "2026-11-28"],
    ["next monday", MON, "2026-11-30"],
    ["next friday", "2026-11-27T09:00:00-08:00", "2026-12-04"],
  ])("%s (now %s) → %s", (text, now, date) => expect(when(text, now).date).toBe(date));
});

describe("resolveWhen: 'this <weekday>' after that weekday has gone this week", () => {
  const FRI = "2026-12-04T08:30:00-08:00";
  it.each([
    ["can i come in this monday around noon?", FRI, "2026-12-07"],
    ["this tuesday", FRI, "2026-12-08"],
    ["this saturday", FRI, "2026-12-05"],
  ])("%s (now %s) → %s, never the day already gone", (text, now, date) => expect(when(text, now).date).toBe(date));
});

describe("resolveWhen: 'this <weekday>' said after that weekday has gone (round 3)", () => {
  const SAT = "2026-12-12T13:00:00-08:00";
  it.each([
    ["this coming tuesday at half 4", "2026-12-15", "16:30"],
    ["this wednesday at 11", "2026-12-16", "11:00"],
  ])("%s → %s %s (next week's, not the one just gone)", (text, date, time) =>
    expect(when(text, SAT)).toMatchObject({ date, time }),
  );
  it("with a day of the month as well, the day of the month decides (and is refused as past)", () =>
    expect(when("this tuesday the 8th", SAT).date).toBe("2026-12-08"));
});

describe("resolveWhen: today named in passing (round 3)", () => {
  it("a greeting naming today's holiday yields to the day asked for", () =>
    expect(when("happy thanksgiving eve! could it be tomorrow?", "2026-11-25T12:00:00-08:00").date).toBe("2026-11-26"));
});

describe("resolveWhen: several date words in one message", () => {
  const FRI = "2026-12-11T14:00:00-08:00";
  it.each([
    ["february, the 2nd please", "2027-02-02"],
    ["ok so march... the 9th then", "2027-03-09"],
    ["december, the 19th", "2026-12-19"],
  ])("a month beside a bare day of the month: %s → %s", (text, date) => expect(when(text, FRI).date).toBe(date));

  it("a weekday 'next' with a day of the month that agrees keeps that day", () => {
    expect(when("next saturday the 19th", "2026-12-10T10:00:00-08:00").date).toBe("2026-12-19");
    expect(when("next saturday", "2026-12-10T10:00:00-08:00").date).toBe("2026-12-12");
  });

  it("a day already gone named beside one ahead yields to the one ahead", () => {
    expect(when("meant to come in last tuesday haha, thursday then?", FRI).date).toBe("2026-12-17");
    expect(when("the 2nd? no sorry, the 16th", FRI).date).toBe("2026-12-16");
    expect(when("the 2nd", FRI).date).toBe("2026-12-02");
  });
});
