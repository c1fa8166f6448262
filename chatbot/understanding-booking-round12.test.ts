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
