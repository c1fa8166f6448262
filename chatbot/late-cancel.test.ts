import { describe, expect, it } from "vitest";
import { handbook } from "../knowledge-base/index";
import { cancelsLate } from "./late-cancel";
import type { Understanding } from "./schema";
import { runChat } from "./test-support";

// Thursday 15 October 2026, 3pm in Portland.
const NOW = "2026-10-15T15:00:00-07:00";
const asked = (text: string): Understanding => ({
  intent: "cancel_booking",
  topics: [],
  slots: { dateText: text, timeText: text },
});

describe("a cancellation less than a day ahead is a phone call, said at once", () => {
  it.each([
    ["have to call off my truing tomorrow at 10", true],
    ["cancel my full service tomorrow morning please", true],
    ["need to cancel the cable job today", true],
    ["cancel tomorrow's 4:30 tune-up", false],
    ["cancel my tune-up on saturday", false],
    ["please cancel my booking", false],
  ])("%s → late: %s", (text, late) => {
    expect(cancelsLate(handbook, asked(text), NOW)).toBe(late);
  });

  it("the reply gives the phone number and says there is no fee, with no lookup", async () => {
    const [r] = await runChat(["gotta cancel my wheel truing tomorrow at 11, sorry"], NOW);
    expect(r!.state).toBe("browsing");
    expect(r!.reply).toMatch(/555-BIKE/);
    expect(r!.reply).toMatch(/no fee/);
  });
});
