import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, thirteenth round: phrasings of our own (not any dev or held-out set's, not the training corpus's).
// Tuesday 13 October 2026, 10am in Portland.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);

describe("a value restated later in the message with 'make it', 'let's say', 'change it to' replaces the earlier", () => {
  it.each([
    ["wheel truing thursday at 3. hmm, my sister has the car thursdays — make it friday", "2026-10-16", "15:00"],
    [
      "full service on the 20th at 11, actually the 20th is my kid's recital so let's say the 21st",
      "2026-10-21",
      "11:00",
    ],
    ["cable replacement wednesday at 2pm; I finish work late though, change it to 4:30", "2026-10-14", "16:30"],
  ])("%s", async (message, date, time) => {
    const [r] = await run([message]);
    expect(r!.context.draft).toMatchObject({ date, time });
    expect(r!.context.expecting).toBe("name");
  });

  it("a time changed at the confirmation with a bound of the day beside it takes the new time", async () => {
    const turns = await run([
      "tune-up friday at 11",
      "Ola Nordmann",
      "ola@example.no",
      "move it to 4:30 actually, I'm at work until 4",
    ]);
    expect(turns[3]!.context.draft.time).toBe("16:30");
    expect(turns[3]!.state).toBe("booking.confirming");
  });
});

describe("a time or date written in a structure the recogniser misreads", () => {
  it.each([
    ["tune-up tomorrow @ 1330", "2026-10-14", "13:30"],
    ["truing friday 1000 please", "2026-10-16", "10:00"],
    ["full service thu 10/15/26 at 2pm", "2026-10-15", "14:00"],
  ])("%s", async (message, date, time) => {
    const [r] = await run([message]);
    expect(r!.context.draft).toMatchObject({ date, time });
  });

  it("a weekday with a digit date and year already past is refused as past", async () => {
    const [r] = await run(["book a tune-up for fri 10/9/26 at 10"]);
    expect(r!.reply).toMatch(/past/);
    expect(r!.context.draft.date ?? null).toBeNull();
  });

  it.each([
    ["truing a week on friday at 10", "2026-10-23"],
    ["wednesday week, 2pm, full service", "2026-10-21"],
    ["tune-up the thursday after next at noon", "2026-10-22"],
    ["cable job on friday (not this one, the one after) at 3pm", "2026-10-23"],
  ])("a weekday a week on: %s", async (message, date) => {
    const [r] = await run([message]);
    expect(r!.context.draft.date).toBe(date);
  });
});

describe("a two-way digit date from a writer who may write the day first is asked about", () => {
  it.each([
    "I'm visiting from Edinburgh for a bit — tune-up on 2/6 please",
    "moved here from Perth last year, can I book a full service for 3/4?",
  ])("%s", async (message) => {
    const [r] = await run([message]);
    expect(r!.context.expecting).toBe("date");
    expect(r!.context.draft.date ?? null).toBeNull();
  });

  it("the same date with no such cue is read month first", async () => {
    const [r] = await run(["tune-up on 2/6 please"]);
    expect(r!.context.draft.date).toBe("2027-02-06");
  });

  it("a nationality said beside the answer is no name", async () => {
    const turns = await run([
      "moved here from Perth last year, can I book a full service for 3/4?",
      "the 3rd of April - sorry, I'm Australian",
    ]);
    expect(turns[1]!.context.draft.date).toBe("2027-04-03");
    expect(turns[1]!.context.draft.name).toBeUndefined();
  });
});

describe("a name with an initial keeps its surname", () => {
  it.each([
    ["truing saturday 10am, T. Nguyen, tn@example.com", "T. Nguyen"],
    ["tune up friday at 2 under r. alvarez please", "R. Alvarez"],
  ])("%s", async (message, name) => {
    const [r] = await run([message]);
    expect(r!.context.draft.name).toBe(name);
  });
});

describe("a booking asked for with a word for the service just talked about starts", () => {
  it.each([
    ["how much is a full service?", "sounds good, can I book one in?"],
    ["do you true wheels?", "great — could we get it booked?"],
    ["what's in a tune-up", "nice. can I book that then"],
  ])("%s → %s", async (first, second) => {
    const turns = await run([first, second]);
    expect(turns[1]!.state).toBe("booking.collecting");
    expect(turns[1]!.context.expecting).toBe("date");
  });

  it.each([
    ["saturday whenever you open, for a tune-up", "2026-10-17", "09:00"],
    ["whenever you guys open on friday - wheel truing", "2026-10-16", "10:00"],
  ])("a day and a slot said by the opening, with a service, books: %s", async (message, date, time) => {
    const [r] = await run([message]);
    expect(r!.context.draft).toMatchObject({ date, time });
  });
});

describe("a walk-in job asked for at a day and hour is held to that day's opening hours", () => {
  it.each([
    ["if I swing by at twenty to six on friday with a flat, will you still be open?", /6pm/],
    ["could someone look at my brakes thursday around 6:30? quick adjustment", /7pm/],
  ])("%s", async (message, hours) => {
    const [r] = await run([message]);
    expect(r!.reply).toMatch(hours);
    expect(r!.reply).not.toMatch(/drop-off slot/);
    expect(r!.state).toBe("browsing");
  });
});
