import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { recognizeWhenFull } from "./recognize-when";
import { type RawResult, rereadClauses } from "./reread-clauses";

const ZONE = "America/Los_Angeles";
// Monday 23 November 2026, 09:00 in Portland.
const NOW = "2026-11-23T17:00:00Z";
const read = (text: string) =>
  recognizeWhenFull(normalizeText(text), NOW, ZONE).map((m) => ({
    text: m.text,
    dates: m.dates.map((d) => d.date),
    times: m.times,
  }));

describe("rereadClauses: a day and a clock time the recogniser joins across a comma", () => {
  it.each([
    ["three days from today, tune-up, three in the afternoon", "2026-11-26", "15:00"],
    ["full service on the day after tomorrow, eleven thirty in the morning", "2026-11-25", "11:30"],
    ["cable job thursday, 9 in the morning", "2026-11-26", "09:00"],
    ["wheel truing friday, around lunchtime", "2026-11-27", "12:00"],
  ])("%s → %s at %s", (text, date, time) => {
    const found = read(text);
    expect(
      found.some((m) => m.dates.includes(date)),
      JSON.stringify(found),
    ).toBe(true);
    expect(
      found.some((m) => m.times.includes(time)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it("keeps a single date or date-time written with a comma as one reading", () => {
    expect(read("Thursday, December 3")).toEqual([
      { text: "thursday, december 3", dates: ["2025-12-03", "2026-12-03"], times: [] },
    ]);
    expect(read("tuesday, 4pm")[0]).toMatchObject({ text: "tuesday, 4pm", times: ["16:00"] });
  });

  it("reads the clauses of an unresolved range with offsets into the whole text", () => {
    const whole: RawResult = { start: 10, end: 29, text: "monday, 9 am", typeName: "datetimeV2.datetimerange" };
    const pieces = (p: string): RawResult[] =>
      p.trim() === "monday"
        ? [{ start: 0, end: 5, text: "monday", typeName: "datetimeV2.date", resolution: { values: [{}] } }]
        : [{ start: 1, end: 4, text: "9 am", typeName: "datetimeV2.time", resolution: { values: [{}] } }];
    expect(rereadClauses([whole], pieces).map((r) => [r.text, r.start, r.end])).toEqual([
      ["monday", 10, 15],
      ["9 am", 18, 21],
    ]);
  });

  it("reads a span the recogniser left without a reading on its own, even with no clause break in it", () => {
    // A later "fridays" makes the recogniser read "friday 4:30pm" as an unresolved set.
    const whole: RawResult = { start: 0, end: 13, text: "friday 4:30pm", typeName: "datetimeV2.set" };
    const alone = (p: string): RawResult[] =>
      p === "friday 4:30pm"
        ? [{ start: 0, end: 12, text: p, typeName: "datetimeV2.datetime", resolution: { values: [{}] } }]
        : [];
    expect(rereadClauses([whole], alone).map((r) => r.typeName)).toEqual(["datetimeV2.datetime"]);
    expect(read("Friday 4:30pm ok for a truing? you stay open till 6 fridays yeah")[0]).toMatchObject({
      text: "friday 4:30pm",
      times: ["16:30"],
    });
  });
});
