import { describe, expect, it } from "vitest";
import { dayOnFrom, weekdayThatWeek } from "./booking-dates";
import { runChat } from "./test-support";

describe("dayOnFrom: a day next to the one just talked about", () => {
  it.each([
    ["the next day then", "2026-11-27"],
    ["fine, the following day?", "2026-11-27"],
    ["the previous day would work", "2026-11-25"],
    ["the day before", "2026-11-25"],
    ["the next day I'm free is saturday", null],
  ])("%s", (text, day) => {
    expect(dayOnFrom(text, "2026-11-26")).toBe(day);
  });
});

describe("'the next day' answering a refused holiday counts from the refused day", () => {
  it("Thanksgiving refused, then 'the following day then'", async () => {
    // Monday 23 Nov 2026: Thursday the 26th is Thanksgiving (closed).
    const turns = await runChat(
      ["full service on thanksgiving day", "ok the following day then"],
      "2026-11-23T11:00:00-08:00",
    );
    expect(turns[0]!.context.draft.date ?? null).toBeNull();
    expect(turns[1]!.context.draft.date).toBe("2026-11-27");
  });
});

describe("weekdayThatWeek: a weekday in the week of the day talked about", () => {
  it.each([
    ["friday that week", "2026-11-27"],
    ["the tuesday of the same week please", "2026-11-24"],
    ["same week, on the saturday?", "2026-11-28"],
    ["friday works", null],
  ])("%s", (text, day) => {
    // Anchor: Thursday 26 November 2026.
    expect(weekdayThatWeek(text, "2026-11-26")).toBe(day);
  });

  it("answering a refused Monday, 'Wednesday that week' is that week's Wednesday", async () => {
    // Wednesday 2 Sept 2026: "the 14th" is Monday 14 September (closed).
    const turns = await runChat(["tune-up on the 14th", "ok wednesday that week then"], "2026-09-02T11:00:00-07:00");
    expect(turns[0]!.context.draft.date ?? null).toBeNull();
    expect(turns[1]!.context.draft.date).toBe("2026-09-16");
  });
});
