import { describe, expect, it } from "vitest";
import { handbook } from "../knowledge-base/index";
import { bookableChoices, pickChoice } from "./next-weekday-choice";
import { resolveWhen } from "./resolve-when";
import { runChat } from "./test-support";

// Decision 015. Tuesday 9 June 2026, 10am in Portland: Wednesday the 10th … Monday the 15th are the coming six days.
const TUE = "2026-06-09T10:00:00-07:00";
const CHOICES = ["2026-06-12", "2026-06-19"];

describe("pickChoice", () => {
  it.each([
    ["the first one", "2026-06-12"],
    ["this week's please", "2026-06-12"],
    ["the sooner", "2026-06-12"],
    ["the later one", "2026-06-19"],
    ["next week's", "2026-06-19"],
    ["second", "2026-06-19"],
    ["hmm", null],
    ["not the first, the second", null],
  ])("%s → %s", (reply, day) => {
    expect(pickChoice(reply, CHOICES)).toBe(day);
  });
});

describe("resolveWhen: 'next <weekday>' names two days while the coming one is still this calendar week", () => {
  it.each([
    ["next wednesday", ["2026-06-10", "2026-06-17"]],
    ["next sat at 2", ["2026-06-13", "2026-06-20"]],
    // The coming Monday is already next week's: every reading means it.
    ["next mon at 2", null],
    ["next tuesday", null], // seven days on: only one Tuesday can be meant
    ["next wednesday the 17th", null], // the day of the month settles it
    ["this wednesday", null],
    ["wednesday", null],
  ])("%s", (text, either) => {
    expect(resolveWhen(handbook, text, text, TUE).either).toEqual(either);
  });

  it("keeps only the bookable one of the two (the coming Sunday and Monday are closed)", () => {
    expect(bookableChoices(handbook, ["2026-06-14", "2026-06-21"], "2026-06-09")).toEqual([]);
    expect(bookableChoices(handbook, ["2026-06-10", "2026-06-17"], "2026-06-09")).toEqual(["2026-06-10", "2026-06-17"]);
  });
});

describe("a booking for 'next <weekday>' asks which of the two, and any answer naming one resolves it", () => {
  it.each([
    ["the 19th", "2026-06-19"],
    ["the later one", "2026-06-19"],
    ["the first one please", "2026-06-12"],
    ["friday", "2026-06-12"],
  ])("%s", async (answer, date) => {
    const turns = await runChat(["wheel truing next fri at 3pm", answer], TUE);
    expect(turns[0]!.context.expecting).toBe("date");
    expect(turns[0]!.reply).toContain("Friday, June 12");
    expect(turns[0]!.reply).toContain("Friday, June 19");
    // The time given beside the day is kept while the day is asked.
    expect(turns[1]!.context.draft).toMatchObject({ date, time: "15:00" });
    expect(turns[1]!.context.expecting).toBe("name");
  });

  it("asks for the service first when it is missing, then which day", async () => {
    const turns = await runChat(["next thursday at 11", "cable replacement", "second"], TUE);
    expect(turns[0]!.context.expecting).toBe("service");
    expect(turns[1]!.context.expecting).toBe("date");
    expect(turns[1]!.reply).toContain("Thursday, June 18");
    expect(turns[2]!.context.draft).toMatchObject({ service: "cable", date: "2026-06-18", time: "11:00" });
  });
});

describe("resolveWhen: a date in digits that reads two ways, the day-first one within three months", () => {
  it.each([
    ["07/08", ["2026-07-08", "2026-08-07"]],
    ["8/7", ["2026-07-08", "2026-08-07"]],
    ["6/30", null], // no 30th month: one reading only
    ["12/7", ["2026-07-12", "2026-12-07"]], // 12 July is near and 7 December ahead: either may be meant, asked
    ["7/12", null], // 12 July is near; the day-first 7 December is months off, so not meant
    ["6/6", null],
  ])("%s", (text, either) => {
    expect(resolveWhen(handbook, text, null, TUE).either).toEqual(either);
  });

  it("a booking asks which, and the answer in words resolves it", async () => {
    const turns = await runChat(["cable replacement on 07/08 please", "the 8th of july"], TUE);
    expect(turns[0]!.context.expecting).toBe("date");
    expect(turns[1]!.context.draft.date).toBe("2026-07-08");
  });
});

describe("two days offered as alternatives ('Thursday or Friday') are asked about, naming both", () => {
  it("resolveWhen names both; one turned down is no alternative", () => {
    expect(resolveWhen(handbook, "wednesday or thursday works", null, TUE).either).toEqual([
      "2026-06-10",
      "2026-06-11",
    ]);
    expect(resolveWhen(handbook, "thursday, not wednesday", null, TUE).either).toBeNull();
  });

  it("a booking asks which, keeping the time, and 'the thursday' answers it", async () => {
    const turns = await runChat(["truing wed or thu at 2pm?", "the thursday"], TUE);
    expect(turns[0]!.context.expecting).toBe("date");
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-06-11", time: "14:00" });
  });
});
