import { describe, expect, it } from "vitest";
import { editsBooking } from "./offline/booking-edit";
import { relativeShift, shiftClock } from "./relative-shift";
import { runChat } from "./test-support";

// Tuesday 6 October 2026, 9am in Portland.
const TUE = "2026-10-06T09:00:00-07:00";

describe("relativeShift: a move said relative to the held detail", () => {
  it.each([
    ["could we go 30 minutes later", { minutes: 30, days: 0 }],
    ["bump it back by an hour please", null],
    ["push it back an hour please", { minutes: 60, days: 0 }],
    ["an hour and a half earlier would be better", { minutes: -90, days: 0 }],
    ["can you bring it forward a day", { minutes: 0, days: -1 }],
    ["two days later works better for me", { minutes: 0, days: 2 }],
    ["half hour sooner?", { minutes: -30, days: 0 }],
    // Durations and elapsed time move nothing.
    ["how long does it take, about an hour?", null],
    ["I rode it 3 days ago", null],
    ["be there in 15 mins", null],
  ])("%s", (text, shift) => {
    expect(relativeShift(text)).toEqual(shift);
  });

  it("moves a clock time inside the day and refuses to leave it", () => {
    expect(shiftClock("10:30", -45)).toBe("09:45");
    expect(shiftClock("23:30", 60)).toBeNull();
  });
});

describe("editsBooking: a new value said to replace the held one, in or right after a booking", () => {
  const at = (t: string, hasDate = true, hasTime = false, state = "booking.confirming") =>
    editsBooking({ t, state, hasDate, hasTime });
  it.each([
    ["friday won't work after all. could we do saturday?", true],
    ["what about the 14th instead", true],
    ["same slot but on the monday?", true],
    ["are you open saturday instead?", false],
    ["is saturday busy?", false],
  ])("%s → %s", (t, edit) => {
    expect(at(t)).toBe(edit);
  });
  it("reads a relative move without any day or time named, but never outside a booking", () => {
    expect(at("actually 30 mins earlier", false, false, "booking.collecting")).toBe(true);
    expect(at("actually 30 mins earlier", false, false, "browsing")).toBe(false);
  });
});

describe("a booking edited by a question, a relative move, or after it is made", () => {
  it("a day turned down and a new one asked as a question, keeping the time", async () => {
    const turns = await runChat(
      [
        "wheel truing friday 11am, Ines Duarte, ines.d@example.com",
        "hmm friday won't work after all. same time saturday?",
      ],
      TUE,
    );
    expect(turns[1]!.state).toBe("booking.confirming");
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-10-10", time: "11:00" });
    expect(turns[1]!.reply).toContain("Saturday, October 10");
    expect(turns[1]!.reply).not.toMatch(/we're open/i);
  });

  it("'what about X instead?' while details are collected changes the day", async () => {
    const turns = await runChat(["full service thursday at 2", "what about wednesday instead?"], TUE);
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-10-07", time: "14:00" });
    expect(turns[1]!.context.expecting).toBe("name");
  });

  it.each([
    ["ugh can we make it an hour later", "15:00"],
    ["30 mins earlier would suit me better", "13:30"],
  ])("a relative clock move while collecting: %s", async (edit, time) => {
    const turns = await runChat(["tune-up on thursday", "2pm", edit], TUE);
    expect(turns[2]!.context.draft).toMatchObject({ date: "2026-10-08", time });
    expect(turns[2]!.context.expecting).toBe("name");
  });

  it("a relative day move at the confirmation", async () => {
    const turns = await runChat(
      ["cable replacement wednesday 10:30, Tom Reyes, 503-555-0111", "oh could we push it back a day"],
      TUE,
    );
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-10-08", time: "10:30" });
    expect(turns[1]!.state).toBe("booking.confirming");
  });

  it("a relative move right after booking moves the booking just made", async () => {
    const turns = await runChat(
      ["tune-up friday 11am, Ada Brook, ada@example.com", "yes", "sorry, 2 hours later if possible?"],
      TUE,
    );
    expect(turns[2]!.context.draft).toMatchObject({ date: "2026-10-09", time: "13:00" });
    expect(turns[2]!.state).toBe("booking.confirming");
  });

  it("a relative move past closing is refused by the validator with the reason", async () => {
    const turns = await runChat(["tune-up on thursday", "6pm", "make it an hour later"], TUE);
    expect(turns[2]!.context.draft.time ?? null).toBeNull();
    expect(turns[2]!.context.expecting).toBe("time");
  });
});
