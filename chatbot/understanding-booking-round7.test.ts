import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, seventh round, booking side: phrasings of our own (not any dev or held-out set's, not the training
// corpus's). Tuesday 13 October 2026, 10am in Portland: Thursday the 15th, Friday the 16th, Saturday the 17th ahead.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);

describe("a new booking asked for beside a question, a story or a name starts the booking", () => {
  it.each([
    ["do you open saturday? keen to get my cables replaced that day", "cable", "time"],
    [
      "the shifting's gone to pot and a cable is fraying. cable jobs are booked, right — can I get one?",
      "cable",
      "date",
    ],
    ["please book me a wheel truing. name's Ole", "truing", "date"],
    ["wheel truing booking pls, I'm June Park", "truing", "date"],
  ])("%s", async (message, service, asks) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft.service).toBe(service);
    expect(r!.context.expecting).toBe(asks);
  });

  it("an explicit wish to book with only who it is for asks for the service, never starts a lookup", async () => {
    const [r] = await run(["Hello, I want to book in. It's Hannah Brooks, hannah.b@example.com"]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe("service");
    expect(r!.context.draft).toMatchObject({ name: "Hannah Brooks", contact: "hannah.b@example.com" });
  });

  it("not wanting to book, or asking whether booking is needed, starts nothing", async () => {
    for (const message of [
      "not planning to book yet, only wondering how long a full service takes",
      "does a truing need an appointment or can I get it done whenever?",
    ]) {
      const [r] = await run([message]);
      expect(r!.state, message).toBe("browsing");
    }
  });

  it("of several services named, the bookable one is booked", async () => {
    const [r] = await run(["the rim rubs my brake pad every turn so I need the wheel trued, friday 11am if poss"]);
    expect(r!.context.draft).toMatchObject({ service: "truing", date: "2026-10-16", time: "11:00" });
  });

  it("'put me down for … at opening time then' takes the day asked about just before and its first slot", async () => {
    const turns = await run([
      "when do you open on saturday?",
      "lovely, put me down for a tune-up at opening time then",
    ]);
    expect(turns[1]!.context.draft).toMatchObject({ service: "tune_up", date: "2026-10-17", time: "09:00" });
  });
});

describe("corrections of the day or time in a booking", () => {
  it("a time turned down gives way to the new one, at the confirmation", async () => {
    const turns = await run([
      "tune-up saturday 10am, Mira Kovač, mira@example.hr",
      "hmm 10 is too early, let's say 12",
    ]);
    expect(turns[1]!.context.draft.time).toBe("12:00");
    expect(turns[1]!.state).toBe("booking.confirming");
  });

  it("a time only told ('I finish at 5') is not the one asked for", async () => {
    const [r] = await run(["need a full service thursday, I get off work at 5 so 5:30 works best"]);
    expect(r!.context.draft.time).toBe("17:30");
  });

  it("a day turned down gives way to the one named instead; the time kept is checked on the new day", async () => {
    const turns = await run(["gear cable friday at 5pm", "no wait, friday won't work. saturday instead, same time"]);
    expect(turns[1]!.context.draft.date).toBe("2026-10-17");
    // Saturday closes at 3pm: 5pm is refused with the reason, the day is kept.
    expect(turns[1]!.context.expecting).toBe("time");
    expect(turns[1]!.reply).toMatch(/3pm/);
  });

  it("a weekday said alone once a day is chosen stays in that day's week", async () => {
    const turns = await run(["truing please", "the 23rd", "11am? that's a friday yeah"]);
    expect(turns[2]!.context.draft).toMatchObject({ date: "2026-10-23", time: "11:00" });
    const moved = await run(["full service friday the 23rd at 2pm", "oops, I meant the thursday"]);
    expect(moved[1]!.context.draft.date).toBe("2026-10-22");
  });

  it("'next <weekday>' answering the refusal of the coming one is the one after", async () => {
    // Thanksgiving, Thursday 26 November 2026, is closed; said on Tuesday the 24th.
    const turns = await run(["tune-up this thursday at 2", "ah ok, next thursday then"], "2026-11-24T10:00:00-08:00");
    expect(turns[0]!.context.draft.date ?? null).toBeNull();
    expect(turns[1]!.context.draft.date).toBe("2026-12-03");
  });

  it("'the week after, same day and time' moves the chosen day a week on", async () => {
    const turns = await run([
      "full service wednesday the 14th at 11",
      "hmm could we do the week after, same day and time?",
    ]);
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-10-21", time: "11:00" });
    expect(turns[1]!.reply).not.toMatch(/We're open Tuesday/);
  });

  it("a name changed at the confirmation is changed, and the confirmation asked again", async () => {
    const turns = await run([
      "truing friday 2pm, Rosa Diaz, rosa@example.com",
      "oh could you change the name to Rosa Díaz-Pérez please",
    ]);
    expect(turns[1]!.state).toBe("booking.confirming");
    expect(turns[1]!.context.draft.name).toBe("Rosa Díaz-Pérez");
  });

  it("a corrected name is said back", async () => {
    const turns = await run(["tune-up saturday 11am", "Ana Lime", "argh typo, it's Ana Lima"]);
    expect(turns[2]!.context.draft.name).toBe("Ana Lima");
    expect(turns[2]!.reply).toContain("Ana Lima");
  });
});

describe("days and times", () => {
  it("a weekday and a day of the month that agree name one day, refused when past", async () => {
    const turns = await run(["tune-up please", "monday the 12th at 11"]);
    expect(turns[1]!.context.expecting).toBe("date");
    expect(turns[1]!.reply).toMatch(/past/);
  });

  it("a weekday written with a numeric date it does not match is asked about", async () => {
    const [r] = await run(["full service on Friday 10/22"]);
    expect(r!.context.draft.date ?? null).toBeNull();
    expect(r!.reply).toMatch(/Thursday/);
  });

  it("an ordinal in words is a day of the month", async () => {
    const [r] = await run(["could you fit a truing in on the twenty-second at half past one?"]);
    expect(r!.context.draft).toMatchObject({ service: "truing", date: "2026-10-22", time: "13:30" });
  });

  it("'after 2' bounds the time: the day is kept and the later slots offered", async () => {
    const turns = await run(["I'm free wednesday after 2, phone 503 555 0101", "full service"]);
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-10-14", service: "full_service" });
    expect(turns[1]!.context.draft.time ?? null).toBeNull();
    expect(turns[1]!.reply).toMatch(/2pm/);
    expect(turns[1]!.reply).not.toMatch(/10am/);
  });

  it("the day's last slot asked for when the time was asked for is taken, and said back", async () => {
    const turns = await run(["truing please", "thursday", "what's the last slot?"]);
    expect(turns[2]!.context.draft.time).toBe("18:00");
    expect(turns[2]!.reply).toMatch(/6pm/);
  });

  it("a slot proposed as a question when the time was asked for is the answer", async () => {
    const turns = await run(["cable replacement thursday", "could I bring it at 5:30?"]);
    expect(turns[1]!.context.draft.time).toBe("17:30");
    expect(turns[1]!.context.expecting).toBe("name");
  });
});

describe("putting the booking off", () => {
  it.each(["nah, I'll ring you on friday", "i'll text you later in the week to confirm"])("%s", async (message) => {
    const turns = await run(["tune-up saturday", message]);
    expect(turns[1]!.state).toBe("browsing");
    expect(turns[1]!.context.draft.date ?? null).toBeNull();
  });

  it("a detail with a promise to call is still a detail", async () => {
    const turns = await run(["tune-up saturday", "10am, and I'll call if anything changes"]);
    expect(turns[1]!.context.draft.time).toBe("10:00");
  });
});

describe("names", () => {
  it.each([
    ["Prof. Ines Mbeki", "Prof. Ines Mbeki"],
    ["it's Mrs Adaeze Okafor", "Mrs Adaeze Okafor"],
    ["Ørjan Håland", "Ørjan Håland"],
  ])("%s, answering the name question", async (message, name) => {
    const turns = await run(["truing saturday noon", message]);
    expect(turns[1]!.context.draft.name).toBe(name);
  });

  it("a name after 'for' at the end of a booking message, with letters beyond ASCII", async () => {
    const [r] = await run(["need a full service, Thursday 3pm for Łukasz Wróbel"]);
    expect(r!.context.draft.name).toBe("Łukasz Wróbel");
  });

  it("a day named with a possessive is no name", async () => {
    const [r] = await run(
      ["can I book a tune-up for March 17 at 10am? it's St Patrick's Day lol"],
      "2026-03-10T10:00:00-07:00",
    );
    expect(r!.context.draft.name ?? null).toBeNull();
    expect(r!.context.expecting).toBe("name");
  });
});
