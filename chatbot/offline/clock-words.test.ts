import { describe, expect, it } from "vitest";
import { runChat } from "../test-support";
import { plainClockWords } from "./clock-words";

describe("plainClockWords: clock times the recogniser misses, in its words", () => {
  it.each([
    ["mercredi 14h30?", "mercredi 14:30?"],
    ["say 9h15 on saturday", "say 9:15 on saturday"],
    ["16h then", "16:00 then"],
    ["eleven on the dot", "eleven o'clock"],
    ["at 3 sharp please", "at 3 o'clock please"],
    ["seven-thirty in the evening", "7:30 in the evening"],
    ["say ten fifteen", "say 10:15"],
    ["four forty-five?", "4:45?"],
    // Durations and other "h" words stay; a count of minutes is no clock.
    ["thirty minutes", "thirty minutes"],
    ["does it take 24h or 48h?", "does it take 24h or 48h?"],
    ["a 2h job", "a 2h job"],
    ["how much", "how much"],
  ])("%s", (typed, read) => {
    expect(plainClockWords(typed)).toBe(read);
  });
});

describe("a time answered in another clock style, or as the edge of the day, is taken", () => {
  // Tuesday 6 October 2026, 9am in Portland.
  const TUE = "2026-10-06T09:00:00-07:00";
  it.each([
    ["11h30", "11:30"],
    ["four on the dot", "16:00"],
    ["ok the latest then", "17:00"],
    ["the earliest please", "10:00"],
  ])("%s", async (answer, time) => {
    const turns = await runChat(["truing on friday", answer], TUE);
    expect(turns[0]!.context.expecting).toBe("time");
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-10-09", time });
    expect(turns[1]!.context.expecting).toBe("name");
  });
});
