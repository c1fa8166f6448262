import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../knowledge-base/index";
import { runChat } from "./test-support";

// Issue 12, sixth round, booking side: phrasings of our own (not any dev or held-out set's, not the training
// corpus's). Wednesday 9 December 2026, 10am in Portland: the week after next runs Mon 21 – Sun 27 December.
const WED = "2026-12-09T10:00:00-08:00";
const run = (messages: string[], now = WED) => runChat(messages, now);

describe("a weekday said beside a week is that week's weekday", () => {
  it.each([
    ["gear cable swap the week after next, the wednesday", "2026-12-23"],
    ["week after next — tuesday would suit for a tune-up", "2026-12-22"],
  ])("%s", async (message, date) => {
    const [r] = await run([message]);
    expect(r!.context.draft.date).toBe(date);
  });

  it("a week already under way does not pull the weekday back into the past", async () => {
    // Saturday 12 December: "this week" has begun; its Tuesday is gone, so the coming Tuesday is meant.
    const [r] = await run(["truing sometime this week, maybe tuesday"], "2026-12-12T10:00:00-08:00");
    expect(r!.context.draft.date).toBe("2026-12-15");
  });

  it("a year told in passing is no week to move the day into", async () => {
    const [r] = await run(["had it since 2019, needs a full service thursday at 11"]);
    expect(r!.context.draft).toMatchObject({ date: "2026-12-10", time: "11:00" });
  });
});

describe("a clock time in digits beats one read from words beside it", () => {
  it.each([
    ["tune-up friday, early afternoon, say 1:30", "13:30"],
    ["full service saturday, late morning like 11:30", "11:30"],
  ])("%s", async (message, time) => {
    const [r] = await run([message]);
    expect(r!.context.draft.time).toBe(time);
  });
});

describe("answering a refused day, the day refused is not read again", () => {
  it("the holiday named again beside the new day", async () => {
    const turns = await run(["full service on friday the 25th", "oh of course, christmas. tuesday the 29th at 11"]);
    expect(turns[0]!.context.draft.date ?? null).toBeNull();
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-12-29", time: "11:00" });
    expect(turns[1]!.context.expecting).toBe("name");
  });
});

describe("names", () => {
  it("a surname corrected, then the name written out in full, keeps the full name", async () => {
    const turns = await run([
      "truing thursday 2pm, Jon Petersen, 503 555 0199",
      "sorry, the surname is Peterson with an o. Jon Peterson",
    ]);
    expect(turns[1]!.context.draft.name).toBe("Jon Peterson");
  });

  it("the name asked for, after a word of assent in its own sentence", async () => {
    const turns = await run(["cable replacement thursday 3pm", "cool that works. Ingrid Solberg"]);
    expect(turns[1]!.context.draft.name).toBe("Ingrid Solberg");
    expect(turns[1]!.context.expecting).toBe("contact");
  });

  it.each(["aye", "yea"])("an agreement word is never a name: %s", (word) => {
    const e = recognizeEntities(word, { now: WED, timeZone: "America/Los_Angeles", expectingName: true });
    expect(e.names).toEqual([]);
  });
});

describe("at the confirmation", () => {
  const upToConfirm = ["tune-up thursday at 10, Ola Nordmann, ola@example.no"];
  it.each(["aye, go on then", "yes, looks spot on now", "yep, it's all fine now cheers"])(
    "a yes with more words books it: %s",
    async (yes) => {
      const turns = await run([...upToConfirm, yes]);
      expect(turns[0]!.state).toBe("booking.confirming");
      expect(turns[1]!.state).toBe("booked");
    },
  );

  it("a yes that goes on to take something back books nothing", async () => {
    const turns = await run([...upToConfirm, "yes but the day is wrong"]);
    expect(turns[1]!.state).not.toBe("booked");
  });
});

describe("putting the booking off", () => {
  it("'nvm, I'll ring later' while a detail is asked ends the booking", async () => {
    const turns = await run(["book me a truing for friday", "eh nvm, I'll ring the shop later"]);
    expect(turns[0]!.state).toBe("booking.collecting");
    expect(turns[1]!.state).toBe("browsing");
  });
});

describe("a question about the hours of two days starts no booking", () => {
  it.each(["hours tues & sat?", "opening times thurs and fri?"])("%s", async (message) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("browsing");
  });
});
