import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Round 6, answer side: each class with phrasings of our own (not the held-out or dev sets').
const WED = "2026-12-09T11:00:00-08:00"; // Wednesday 10am–6pm

const ask = async (message: string, now = WED) => (await runChat([message], now))[0]!;

describe("the end of a day's slot grid, asked about, starts no booking", () => {
  it.each([
    ["what's the last drop-off time you do on a friday?", /last is 5pm|5pm/],
    ["last slot thursday?", /6pm/],
  ])("%s", async (message, fact) => {
    const { reply, state } = await ask(message);
    expect(reply).toMatch(fact);
    expect(state).toBe("browsing");
  });

  it("wanting the work with the last slot is still a booking", async () => {
    const { state } = await ask("want a tune up friday, whats your last slot");
    expect(state).toMatch(/^booking/);
  });
});

describe("the slot grid's spacing, asked with an odd clock time", () => {
  it.each([
    "could I come at 2:45 for the drop off, or do slots only go on the half hour?",
    "is quarter past ten ok or is it only every half hour",
  ])("%s → every 30 minutes, no walk-in text", async (message) => {
    const { reply, state } = await ask(message);
    expect(reply).toMatch(/every 30 minutes/);
    expect(reply).not.toMatch(/^Walk-ins are/);
    expect(state).toBe("browsing");
  });

  it("a walk-in question beside the booking rules keeps its walk-in answer", async () => {
    const { reply } = await ask("do I have to book ahead or can I just rock up?");
    expect(reply).toMatch(/[Ww]alk-in/);
  });
});

describe("work coming undone after a recent service asks about the free re-adjustment", () => {
  it.each([
    "you did a full service on my bike three weeks back and now the brakes drag again, am I paying for that?",
    "shifting went wonky again not long after your tune-up, will there be a charge?",
  ])("%s", async (message) => {
    const { reply, state } = await ask(message);
    expect(reply).toMatch(/[Ff]ree re-adjustment within 30 days/);
    expect(state).toBe("browsing");
  });
});

describe("a free check asked for in words the aliases did not have", () => {
  it("'free check-up' is the safety inspection", async () => {
    const { reply } = await ask("heard you give a free check-up to any bike, true?");
    expect(reply).toMatch(/free/i);
    expect(reply).toMatch(/inspection/);
    expect(reply).not.toMatch(/not sure/);
  });
});

describe("complaints go to a person", () => {
  it.each([
    "who should I talk to about a dent the shop put in my frame",
    "I'd like to lodge a complaint about my last repair",
  ])("%s", async (message) => {
    const { state } = await ask(message);
    expect(state).toBe("handoff");
  });
});

describe("a terse request naming a bookable service and a booking noun starts the booking", () => {
  it.each(["full service appointment please", "wheel truing slot"])("%s", async (message) => {
    const { state } = await ask(message);
    expect(state).toMatch(/^booking/);
  });

  it("the customer's own booking noun is a recall, not a new booking", async () => {
    const { state } = await ask("my wheel truing booking");
    expect(state).not.toMatch(/^booking/);
  });
});

describe("hours for several weekdays said in the plural", () => {
  it("each weekday gets its own hours", async () => {
    const { reply } = await ask("when do you lock up tuesdays and thursdays?");
    expect(reply).toMatch(/On Tuesdays we're open 10am to 6pm/);
    expect(reply).toMatch(/On Thursdays we're open 10am to 7pm/);
  });
});

describe("a walk-in on a named weekday reads that weekday", () => {
  const XMAS_WEEK = "2026-12-21T10:30:00-08:00"; // Monday; Friday is Christmas Day
  it("a weekday the shop is shut every week: no walk-ins then", async () => {
    const { reply } = await ask("could I swing by sunday with a puncture?");
    expect(reply).toMatch(/^We're closed on Sundays, so no walk-ins then/);
    expect(reply).not.toMatch(/^Yes/);
  });
  it("a holiday on that weekday this week is said beside the hours", async () => {
    const { reply } = await ask("pads worn out, ok to walk in friday?", XMAS_WEEK);
    expect(reply).toMatch(/On Fridays we're open 10am to 6pm/);
    expect(reply).toMatch(/closed on Friday, December 25 for Christmas Day/);
  });
});
