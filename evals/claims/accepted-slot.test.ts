import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo, WED } from "../checks/test-support";
import { acceptedSlot } from "./accepted-slot";
import { assistantTurns } from "./assistant-turns";

const last = (texts: string[], now = WED) => {
  const turn = assistantTurns(convo(texts, now)).at(-1)!;
  const a = acceptedSlot(turn, now, handbook);
  return a && { date: a.date, time: a.time, kind: a.kind };
};

describe("acceptedSlot", () => {
  it.each([
    // Taken up and moved on to the details: the reply's own restatement, else the customer's slot.
    [
      ["truing on sunday at 11?", "Sunday the 7th, 11 o'clock, lovely. What name shall I put it under?"],
      "2026-06-07",
      660,
    ],
    [
      ["cables tomorrow 4pm?", "That's fine! Could we get your name and a phone number or email for the drop-off?"],
      "2026-06-04",
      960,
    ],
    [
      ["tune-up today at 3?", "3 pm today — great, we'll pencil it in. Your name and best phone number?"],
      "2026-06-03",
      900,
    ],
  ])("%j takes the slot", (texts, date, time) => {
    expect(last(texts)).toMatchObject({ date, time, kind: "booking" });
  });

  it.each([
    // A refusal, an alternative or a question about the slot: nothing taken.
    ["truing on sunday at 11?", "We're shut on Sundays. Tuesday at 11 is free — what's your name?"],
    ["tune-up today at 3?", "Tune-ups need a day's notice; how about tomorrow at 3? Then I'll need your name."],
    ["tune-up friday?", "Friday is good. Which time suits you — and your name, please?"],
    // The shop's own contact given out, not the customer's asked for.
    ["do you stock tubes?", "Please ring us on (503) 555-0199 or email hello@example.com and the team will check."],
    // Choices offered ("4:30 or 5:00"), or the customer's time called no slot.
    ["truing thursday 4:45?", "4:45 isn't a slot; 4:30 or 5:00 p.m. Thursday would suit. Your name and phone?"],
    // No details asked: the reply does not move on to a booking.
    ["tune-up saturday at 10?", "Saturday at 10 is a drop-off slot we run."],
  ])("%s → %s takes nothing", (...texts) => {
    expect(last(texts)).toBeNull();
  });

  it("takes a time alone for the day the booking in progress is about", () => {
    expect(
      last(["truing saturday?", "Saturday works. What time?", "9:30", "9:30 it is. Your name and e-mail?"]),
    ).toMatchObject({ date: "2026-06-06", time: 570 });
  });

  it("reads a greeting's holiday as no day for the visit", () => {
    const now = "2026-12-31T20:30:00-08:00";
    expect(
      last(["tune-up for Jan 2 at 2pm?", "Happy New Year's Eve! January 2 at 2 pm works. Your name and email?"], now),
    ).toMatchObject({ date: "2027-01-02", time: 840 });
  });
});

describe("acceptedSlot: a bound on the visit names no slot", () => {
  it.each([
    ["tune-up friday, I can't make it in before 5:20", "Sure, Friday works! What name should I put it under?"],
    ["truing on tuesday, any time after 11:40 suits me", "Tuesday it is. Could I get your name and a phone number?"],
    ["full service monday, no earlier than 3:10 please", "Happy to. What's your name and best e-mail?"],
  ])("%s", (user, reply) => {
    expect(last([user, reply])?.time ?? null).toBeNull();
  });
});

describe("acceptedSlot: a lower-case weekday abbreviation before a date or a time is a day", () => {
  it.each([
    [["truing sat 6th, 10am", "Lovely. Could I get your name and a phone number?"], "2026-06-06", 600],
    [["cables mon at 11?", "Works for me — what name should I put it under?"], "2026-06-08", 660],
    [["tune-up wed 10th 2pm", "Great choice! Your name and best e-mail, please?"], "2026-06-10", 840],
  ])("%j", (texts, date, time) => {
    expect(last(texts)).toMatchObject({ date, time });
  });
});
