import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, twelfth round: phrasings of our own (not any dev or held-out set's, not the training corpus's).
// Tuesday 13 October 2026, 10am in Portland.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);

describe("a detail answered in its own sentence beside a question is taken, and the question answered", () => {
  it.each([
    ["friday. do you take cards?", "date", "2026-10-16"],
    ["the 22nd please - and how long will it take", "date", "2026-10-22"],
  ])("%s (day asked) → the day is kept", async (message, _field, date) => {
    const turns = await run(["a full service please", message]);
    expect(turns[1]!.context.draft.date).toBe(date);
    expect(turns[1]!.context.expecting).toBe("time");
  });

  it.each([
    ["half 2. is there parking nearby?", "14:30"],
    ["11am. oh and what's the price again?", "11:00"],
    ["4.30 — can I pay by card?", "16:30"],
  ])("%s (time asked) → the time is kept", async (message, time) => {
    const turns = await run(["tune-up please", "thursday", message]);
    expect(turns[2]!.context.draft.time).toBe(time);
    expect(turns[2]!.context.expecting).toBe("name");
  });

  it("the question beside the detail is still answered", async () => {
    const turns = await run(["tune-up please", "thursday", "2pm. how much will it be?"]);
    expect(turns[2]!.reply).toMatch(/\$89/);
    expect(turns[2]!.context.draft.time).toBe("14:00");
  });

  it.each([
    ["Maria Luisa Ortega Ruiz. Should I bring the bike clean?", "Maria Luisa Ortega Ruiz"],
    ["Tom Baptiste. where do I park?", "Tom Baptiste"],
  ])("%s (name asked) → the name is kept", async (message, name) => {
    const turns = await run(["wheel truing please", "saturday", "10am", message]);
    expect(turns[3]!.context.draft.name).toBe(name);
    expect(turns[3]!.context.expecting).toBe("contact");
  });

  it("a day named only inside the question is asked about, not given", async () => {
    const turns = await run(["tune-up please", "thursday", "3pm. are you open on saturday too?"]);
    expect(turns[2]!.context.draft.date).toBe("2026-10-15");
    expect(turns[2]!.context.draft.time).toBe("15:00");
  });

  it("a question with no detail apart stays a question", async () => {
    const turns = await run(["tune-up please", "how much is it? and how long?"]);
    expect(turns[1]!.context.expecting).toBe("date");
    expect(turns[1]!.context.draft.date).toBeUndefined();
  });
});

describe("a name given in full, however it is introduced, is the booking's name", () => {
  it.each([
    ["tune-up friday 11am for Priya Raman please", "Priya Raman"],
    ["full service saturday at 10 for Lars Nilsson, thanks", "Lars Nilsson"],
  ])("%s → the whole name after 'for', a courtesy word after it", async (message, name) => {
    const [r] = await run([message]);
    expect(r!.context.draft.name).toBe(name);
  });

  it.each([
    ["hi, it's Ines — Ines Carvalho. Can I get a tune-up thursday at 2?", "Ines Carvalho"],
    ["I'm Theo. Theo Marchetti. Brake cable on friday at noon", "Theo Marchetti"],
  ])("%s → the full name said after the given name", async (message, name) => {
    const [r] = await run([message]);
    expect(r!.context.draft.name).toBe(name);
  });

  it.each([
    ["sorry I got my own name wrong, it's Jaime, J-A-I-M-E. Jaime Ortiz", "Jaime Ortiz"],
    ["oops, the surname is spelt Mikkelsen. Ole Mikkelsen", "Ole Mikkelsen"],
  ])("%s at the confirmation → the corrected full name", async (message, name) => {
    const turns = await run(["tune-up thursday 2pm", "Jamie Ortis", "jo@example.com", message]);
    expect(turns[3]!.context.draft.name).toBe(name);
    expect(turns[3]!.state).toBe("booking.confirming");
  });
});

describe("a day said as a span or a bound is asked about, and the answer read inside it", () => {
  it.each([
    ["truing in the week of the 26th please", "thursday", "2026-10-29"],
    ["a full service week commencing the 19th", "the friday", "2026-10-23"],
  ])("%s, then %s → that weekday of that week", async (first, answer, date) => {
    const turns = await run([first, answer]);
    expect(turns[0]!.context.expecting).toBe("date");
    expect(turns[1]!.context.draft.date).toBe(date);
  });

  it.each(["tune-up any day after the 20th", "cable replacement, whenever after the 24th is fine"])(
    "%s → which day is asked, none is guessed",
    async (message) => {
      const [r] = await run([message]);
      expect(r!.context.expecting).toBe("date");
      expect(r!.context.draft.date ?? null).toBeNull();
    },
  );

  it("a weekday beside a month is one of that month's: asked, and a day of the month taken in it", async () => {
    const turns = await run(["full service on a wednesday in december", "the 9th"]);
    expect(turns[0]!.context.expecting).toBe("date");
    expect(turns[1]!.context.draft.date).toBe("2026-12-09");
  });

  it("a month word inside a name or a season is no month to choose in", async () => {
    const [r] = await run(["tune-up friday at 11, I'm May Tanaka, may@example.com"]);
    expect(r!.context.draft.date).toBe("2026-10-16");
    const [s] = await run(["I want my bike ready before summer: tune-up on tuesday at 10"]);
    expect(s!.context.draft.date).toBe("2026-10-20");
  });

  it("a weekday picks the one of two offered days that falls on it", async () => {
    const turns = await run(["tune-up wednesday or thursday next week", "the thursday works"]);
    expect(turns[0]!.context.choices).toHaveLength(2);
    expect(turns[1]!.context.draft.date).toBe("2026-10-22");
  });

  it("a year said after a day refused as past moves that day into the year", async () => {
    const turns = await run(["wheel truing on 10/2/2025", "oops I meant 2027"]);
    expect(turns[1]!.context.draft.date).toBe("2027-10-02");
  });
});

describe("minutes with no hour answer a time turned down, in its hour", () => {
  it.each([
    ["3:45", "half past then", "15:30"],
    ["11:10", "ok, on the hour", "11:00"],
  ])("%s refused, then %s → %s", async (refused, answer, time) => {
    const turns = await run(["tune-up thursday", refused, answer]);
    expect(turns[1]!.context.draft.time ?? null).toBeNull();
    expect(turns[2]!.context.draft.time).toBe(time);
  });
});

describe("a booking asked for in its own clause beside a question starts, and the question is answered", () => {
  it.each([
    ["I want a wheel truing booked, what does it cost?", "truing"],
    ["I need to schedule a full service. how long is it at the shop?", "full_service"],
  ])("%s → booking started", async (message, service) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft.service).toBe(service);
  });

  it.each([
    "I booked a full service last month, what did it cost?",
    "my brother says you have to book truing weeks ahead, is that right?",
    "if I book a tune-up, can I stay while you do it?",
  ])("%s → no booking: told, hearsay or a condition", async (message) => {
    const [r] = await run([message]);
    expect(r!.state).not.toBe("booking.collecting");
  });

  it("the service asked about before a follow-up question is the one booked", async () => {
    const turns = await run([
      "what's a wheel truing cost?",
      "and do I pay upfront?",
      "ok thursday at 2, Ana Lima, ana@x.com",
    ]);
    expect(turns[2]!.context.draft.service).toBe("truing");
  });
});
