import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, tenth round (c): phrasings of our own (not any dev or held-out set's, not the training corpus's).
// Tuesday 13 October 2026, 10am in Portland.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);

describe("asking how to book a named job starts booking it", () => {
  it.each([
    "how can we book a full service?",
    "what's the procedure for reserving a wheel truing",
    "how should I go about booking in a brake cable replacement",
  ])("%s → asks for the day", async (message) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe("date");
  });

  it.each(["how do I book a tune-up, online or by phone?", "how far ahead should I book a tune-up?"])(
    "%s → answered, no booking started",
    async (message) => {
      const [r] = await run([message]);
      expect(r!.state).not.toBe("booking.collecting");
    },
  );
});

describe("saying the job is no longer wanted ends the booking being collected", () => {
  it.each([
    "scratch all that, I won't need it after all",
    "my neighbour fixed the wheel so I no longer need the truing",
    "sorry, don't want it anymore",
  ])("%s → nothing booked", async (message) => {
    const turns = await run(["wheel truing please", "thursday", message]);
    expect(turns[2]!.state).toBe("browsing");
  });

  it("dropping one service for another keeps the booking going", async () => {
    const turns = await run(["full service please", "I don't need the full service anymore, a tune-up instead"]);
    expect(turns[1]!.state).toBe("booking.collecting");
    expect(turns[1]!.context.draft.service).toBe("tune_up");
  });
});

describe("a day counted in fortnights and a 24-hour clock marked 'hrs' are read into the booking", () => {
  it("a fortnight tomorrow is two weeks from tomorrow", async () => {
    const [r] = await run(["tune-up a fortnight tomorrow at 11 please"]);
    expect(r!.context.draft.date).toBe("2026-10-28");
    expect(r!.context.draft.time).toBe("11:00");
  });

  it.each([
    ["truing friday 16 october, 1430 hrs", "2026-10-16", "14:30"],
    ["full service on the 22nd at 1000hrs", "2026-10-22", "10:00"],
  ])("%s → %s %s", async (message, date, time) => {
    const [r] = await run([message]);
    expect(r!.context.draft.date).toBe(date);
    expect(r!.context.draft.time).toBe(time);
  });
});

describe("a cable of another trade names no cable replacement", () => {
  it.each([
    "the cable tv people overcharged me again. what's the least expensive job you do?",
    "forgot my charging cable at yours lol, what's the cheapest thing on your menu",
  ])("%s → the cheapest job, not the cable price", async (message) => {
    const [r] = await run([message]);
    expect(r!.reply.toLowerCase()).toContain("free");
    expect(r!.reply.toLowerCase()).not.toMatch(/^a brake or gear cable/);
  });

  it("a brake cable is still one", async () => {
    const [r] = await run(["how much for a new brake cable"]);
    expect(r!.reply).toContain("$30 per cable");
  });
});
