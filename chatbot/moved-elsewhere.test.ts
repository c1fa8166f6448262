import { describe, expect, it } from "vitest";
import { movesBookingMadeElsewhere } from "./moved-elsewhere";
import { runChat } from "./test-support";

describe("a booking made outside this chat, asked to be moved, goes to the team with the phone", () => {
  it.each([
    "my appointment is on friday but can we push it to next week",
    "we've got a tune-up booked for the 3rd, could you change the date to the 5th",
    "I made a booking by email for saturday, need to reschedule",
  ])("%s", (message) => {
    expect(movesBookingMadeElsewhere(message, "idle")).toBe(true);
  });

  it.each([
    ["can I move it to 4pm instead?", "booked"],
    ["actually can we change the time", "booking.collecting"],
    ["how do I reschedule if something comes up?", "idle"],
    ["my drop-off is thursday and I can't make it, is that a problem?", "idle"],
    ["we won't make our booking on the 9th sorry", "browsing"],
  ])("not when this chat holds the booking or none is told of: %s", (message, state) => {
    expect(movesBookingMadeElsewhere(message, state)).toBe(false);
  });

  it("the reply gives the shop's phone", async () => {
    const [r] = await runChat(
      ["got a full service booked for the 20th, can we move it to the 22nd?"],
      "2026-10-06T09:00:00-07:00",
    );
    expect(r!.reply).toMatch(/555-BIKE/);
  });
});
