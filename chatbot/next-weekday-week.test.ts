import { describe, expect, it } from "vitest";
import { handbook } from "../knowledge-base/index";
import { nextWeekdayIsAmbiguous } from "./next-weekday-week";
import { resolveWhen } from "./resolve-when";
import { runChat } from "./test-support";

describe("nextWeekdayIsAmbiguous: only a coming weekday still inside this calendar week reads two ways", () => {
  it.each([
    // Thursday 3 Sept 2026: Friday and Saturday are this week's; Tuesday the 8th is already next week's.
    ["2026-09-03", "2026-09-04", true],
    ["2026-09-03", "2026-09-05", true],
    ["2026-09-03", "2026-09-08", false],
    ["2026-09-03", "2026-09-09", false],
    // Said on a Sunday, every coming weekday is next week's.
    ["2026-09-06", "2026-09-08", false],
    // Across a year end: Monday 28 Dec 2026 → Thursday 31st (same ISO week), Tuesday 5 Jan (next).
    ["2026-12-28", "2026-12-31", true],
    ["2026-12-28", "2027-01-05", false],
  ])("%s → %s: %s", (today, coming, ambiguous) => {
    expect(nextWeekdayIsAmbiguous(today, coming)).toBe(ambiguous);
  });
});

describe("'next <weekday>' whose coming one is next week's is taken without asking", () => {
  // Friday 4 Sept 2026, late afternoon.
  const FRI = "2026-09-04T16:00:00-07:00";
  it.each([
    ["next thurs", "2026-09-10"],
    ["next tuesday around 11", "2026-09-08"],
    ["could you fit me in next wednesday", "2026-09-09"],
  ])("%s → %s", (text, date) => {
    const w = resolveWhen(handbook, text, text, FRI);
    expect(w.either).toBeNull();
    expect(w.date).toBe(date);
  });

  it("a booking goes straight on to the time", async () => {
    const turns = await runChat(["want my wheel trued", "next thursday", "half 2"], FRI);
    expect(turns[1]!.context.draft.date).toBe("2026-09-10");
    expect(turns[1]!.context.expecting).toBe("time");
    expect(turns[2]!.context.draft).toMatchObject({ date: "2026-09-10", time: "14:30" });
  });
});
