import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { recognizeWhen, recognizeWhenFull } from "./recognize-when";

const ZONE = "America/Los_Angeles";
// Monday 23 November 2026, 09:00 in Portland (17:00 UTC).
const NOW = "2026-11-23T17:00:00Z";
const when = (text: string, now = NOW) => recognizeWhen(normalizeText(text), now, ZONE);
const first = (text: string, now = NOW) => when(text, now)[0];

describe("recognizeWhen: dates with past and future candidates", () => {
  it.each([
    ["tomorrow", ["2026-11-24"]],
    ["tmrw", ["2026-11-24"]],
    ["the day after tomorrow", ["2026-11-25"]],
    ["in two days", ["2026-11-25"]],
    ["Saturday", ["2026-11-21", "2026-11-28"]],
    ["sat at 10", ["2026-11-21", "2026-11-28"]],
    ["could you do 10:30 sat", ["2026-11-21", "2026-11-28"]],
    ["a truing sat please", ["2026-11-21", "2026-11-28"]],
    ["Monday", ["2026-11-16", "2026-11-23", "2026-11-30"]],
    ["the 19th", ["2026-11-19", "2026-12-19"]],
    ["how about the 30th?", ["2026-10-30", "2026-11-30"]],
    ["Nov 19", ["2026-11-19", "2027-11-19"]],
    ["3rd of December", ["2025-12-03", "2026-12-03"]],
    ["12/19/26", ["2026-12-19"]],
  ])("%s → %j", (text, dates) => expect(first(text)?.dates.map((d) => d.date)).toEqual(dates));

  it("leaves the verb and the star alone: 'sat' and 'sun' are days only beside a clock time or a booked thing", () => {
    for (const t of ["the wheel sat crooked", "it sat in the shed all winter", "we sat in the sun"])
      expect(
        when(t).filter((m) => m.dates.length),
        t,
      ).toEqual([]);
  });

  it("labels each candidate past, today or future against the shop's today", () => {
    expect(first("Monday")?.dates.map((d) => d.relation)).toEqual(["past", "today", "future"]);
    expect(first("the 19th")?.dates.map((d) => d.relation)).toEqual(["past", "future"]);
  });

  it("uses the shop's zone, not UTC: at 23:30 Pacific on the 23rd it is already the 24th in UTC", () => {
    expect(first("tomorrow", "2026-11-24T07:30:00Z")?.dates[0]?.date).toBe("2026-11-24");
  });

  it("reads an explicit year", () => {
    expect(first("Nov 19 2027")).toMatchObject({
      explicitYear: true,
      dates: [{ date: "2027-11-19", relation: "future" }],
    });
  });
});

describe("recognizeWhen: clock times", () => {
  it.each([
    ["quarter to 5", ["04:45", "16:45"]],
    ["twenty past three", ["03:20", "15:20"]],
    ["at ten to six", ["05:50", "17:50"]],
    ["half two", ["02:30", "14:30"]],
    ["at 2.30", ["02:30", "14:30"]],
    ["3pm", ["15:00"]],
    ["at 1430", ["14:30"]],
    ["noon-ish", ["12:00"]],
  ])("%s → %j", (text, times) => expect(first(text)?.times).toEqual(times));

  it("marks approximate times", () => {
    expect(first("noon-ish")?.approximate).toBe(true);
    expect(first("around 4")?.approximate).toBe(true);
    expect(first("at 4")?.approximate).toBe(false);
  });

  it("keeps date and time of one expression together", () => {
    expect(first("tomorrow at 10")).toMatchObject({
      kind: "datetime",
      dates: [{ date: "2026-11-24" }],
      times: ["10:00", "22:00"],
    });
  });
});

describe("recognizeWhen: ranges, parts of day, durations, recurring days", () => {
  it.each([
    ["next week", { start: "2026-11-30", end: "2026-12-06" }],
    ["this weekend", { start: "2026-11-28", end: "2026-11-29" }],
    ["some day the week after next", { start: "2026-12-07", end: "2026-12-13" }],
  ])("%s → %j", (text, range) => expect(when(text).find((m) => m.kind === "date_range")?.dateRange).toEqual(range));

  it("reads a time range, a part of day, a duration and a recurring weekday", () => {
    expect(first("between 2 and 4pm")?.timeRanges).toEqual([{ start: "14:00", end: "16:00" }]);
    expect(first("friday morning")).toMatchObject({ kind: "datetime_range", weekday: 5, partOfDay: "morning" });
    expect(first("2 hours")).toMatchObject({ kind: "duration", durationMinutes: 120 });
    expect(first("are you open on saturdays")).toMatchObject({ kind: "recurring", weekday: 6 });
  });

  it("finds several mentions in one message", () => {
    expect(when("open Saturday and Tuesday?").map((m) => m.weekday)).toEqual([6, 2]);
  });

  it("returns nothing, never throws, for text without dates and for junk", () => {
    expect(when("do you fix e-bikes")).toEqual([]);
    expect(when("🚲🚲🚲")).toEqual([]);
    expect(when("x".repeat(4000))).toEqual([]);
    expect(recognizeWhen("tomorrow", "not a date", ZONE)).toEqual([]);
  });
});

describe("recognizeWhen: the fast path for one-word replies equals the recogniser", () => {
  it.each([
    "What time do you close on Saturday?",
    "are you open wednesday and friday?",
    "is Tuesday busy",
    "Saturday works for me",
    "can I come thursday or friday",
    "Friday",
    "friday",
    "on Saturday",
    "Monday",
    "sunday!",
    "10:30am",
    "10:30",
    "at 4pm",
    "4pm",
    "14:30",
    "5:50",
    "12pm",
    "12am",
    "at 9:30",
    "7:00 pm",
  ])("%s", (text) => {
    const t = normalizeText(text);
    expect(recognizeWhenFull(t, NOW, ZONE, true)).toEqual(recognizeWhenFull(t, NOW, ZONE, false));
  });
});

describe("recognizeWhen: days named after holidays", () => {
  it.each([
    ["the day after christmas", ["2025-12-26", "2026-12-26"]],
    ["day after thanksgiving", ["2025-11-28", "2026-11-27"]],
    ["christmas eve", ["2025-12-24", "2026-12-24"]],
  ])("%s → %j", (text, dates) =>
    expect(
      when(text)
        .find((m) => m.dates.length)
        ?.dates.map((d) => d.date),
    ).toEqual(dates),
  );
});

describe("recognizeWhen: spans, counted days and clock words in context (round 3)", () => {
  // NOW is Monday 23 November 2026.
  it("an open span after a holiday is this year's, two weeks from the day after", () => {
    expect(first("sometime after christmas")?.dateRange).toEqual({ start: "2026-12-26", end: "2027-01-08" });
  });
  it("a span before a holiday runs from today", () => {
    expect(first("before christmas")?.dateRange).toEqual({ start: "2026-11-23", end: "2026-12-24" });
  });
  it("'in the new year' is a span of early January, not New Year's Day", () => {
    expect(first("maybe in the new year")).toMatchObject({
      kind: "date_range",
      dateRange: { start: "2027-01-01", end: "2027-01-14" },
    });
  });
  it.each([
    ["a week from today", "2026-11-30"],
    ["two weeks from tomorrow", "2026-12-08"],
    ["in 3 days", "2026-11-26"],
    ["a week tomorrow", "2026-12-01"],
    ["in a fortnight", "2026-12-07"],
    ["this coming sat", "2026-11-28"],
    ["upcoming sat at 10", "2026-11-28"],
    ["a fortnight tomorrow", "2026-12-08"],
  ])("%s → %s", (text, date) => expect(first(text)?.dates.map((d) => d.date)).toEqual([date]));
  it("keeps a clock time said with a counted day", () => {
    expect(first("in 3 days at 10")?.times).toEqual(["10:00", "22:00"]);
  });
  it("a weekday range names its weekday ('wednesday ten to six' is not last week's)", () => {
    expect(first("open wednesday 10 to 6?")?.weekday).toBe(3);
  });
  it.each([
    ["friday twenty to four", ["03:40", "15:40"]],
    ["tomorrow ten to five", ["04:50", "16:50"]],
    ["samedi à 10h", ["10:00", "22:00"]],
    ["el viernes a las 16h30", ["16:30"]],
    ["thursday the 9th, 1700 hrs", ["17:00"]],
    ["saturday 1430h please", ["14:30"]],
  ])("%s → %j", (text, times) => expect(when(text).flatMap((m) => m.times)).toEqual(times));
  it("'this coming Friday' is this week's", () => {
    expect(first("this coming friday")?.dates.map((d) => d.date)).toEqual(["2026-11-27"]);
  });
});

describe("recognizeWhen reads only the sentences with a date or time cue", () => {
  it("a date in a later sentence keeps its offset in the whole text", () => {
    const text = normalizeText("I have an old Trek that I ride most days. Could I bring it Friday at 3pm?");
    const m = recognizeWhen(text, NOW, ZONE).find((x) => x.dates.length > 0)!;
    expect(text.slice(m.start, m.end + 1).toLowerCase()).toBe(m.text.toLowerCase());
    expect(m.dates.map((d) => d.date)).toContain("2026-11-27");
    expect(m.times).toEqual(["15:00"]);
  });
  it.each(["reach me on 503-555-0199 or sam7@example.com", "I ride most days", "knock $30 off, or 50% maybe"])(
    "%s → nothing (a phone, an address, money or 'most days' is no date)",
    (text) => expect(when(text)).toEqual([]),
  );
  it.each([
    ["2026-12-10", "2026-12-10"],
    ["12-10-2026", "2026-12-10"],
  ])("%s is still a date", (text, date) => expect(first(text)?.dates.map((d) => d.date)).toContain(date));
});

describe("'the day after' a holiday named earlier in the message", () => {
  it.each([
    ["open christmas eve? and what about the day after?", "2026-12-25"],
    ["new year's eve and the day after, open?", "2027-01-01"],
  ])("%s → %s", (text, date) => {
    const dates = when(text, "2026-12-21T18:30:00Z").flatMap((m) => m.dates.map((d) => d.date));
    expect(dates).toContain(date);
    expect(dates).not.toContain("2026-12-22");
  });
  it("'the day after tomorrow' stays two days on", () => {
    expect(first("christmas eve is busy, so the day after tomorrow?", "2026-12-21T18:30:00Z")?.dates).toBeDefined();
    const dates = when("christmas eve is busy, so the day after tomorrow?", "2026-12-21T18:30:00Z").flatMap((m) =>
      m.dates.map((d) => d.date),
    );
    expect(dates).toContain("2026-12-23");
  });
});
