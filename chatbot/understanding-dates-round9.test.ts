import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Round 9: numeric dates read both ways, and "<n> of <month>" as a day (phrasings of our own).
const LATE_NOV = "2026-11-24T10:00:00-08:00"; // Tuesday

describe("a numeric date whose day-first reading is near and month-first one far but ahead is asked about", () => {
  it.each([
    ["good day, I wish a full service at 5/12 please", /December 5|May 12/],
    ["could I have a cable replacement 2/12?", /December 2|February 12/],
  ])("%s", async (message, both) => {
    const [first] = await runChat([message], LATE_NOV);
    expect(first!.reply).toMatch(/Which do you mean/);
    expect(first!.reply).toMatch(both);
    expect(first!.state).toBe("booking.collecting");
  });
});

describe("'<n> of <month>' names a day, not an hour", () => {
  it("answering which date with '2 of December' asks the time next", async () => {
    const [, second] = await runChat(["could I have a cable replacement 2/12?", "2 of december"], LATE_NOV);
    expect(second!.reply).toMatch(/What time on Wednesday, December 2/);
  });
});
