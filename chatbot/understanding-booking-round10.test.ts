import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, tenth round, booking side: phrasings of our own (not any dev or held-out set's, not the training
// corpus's). Tuesday 13 October 2026, 10am in Portland: Wednesday the 14th is the first day a booking can take.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);
const reply = (r: { reply: string } | undefined) => r!.reply.toLowerCase();

describe("a part of a held detail fixed in a later message replaces it, and the booking is read back", () => {
  it.each([
    ["full service friday 11am, Ines Duarte, ines.duarte@yahoo.con", "argh typo — yahoo.com", "ines.duarte@yahoo.com"],
    ["full service friday 11am, Ines Duarte, 503 555 7719", "sorry, the last two digits are 91", "503 555 7791"],
    [
      "full service friday 11am, Ines Duarte, ines@protonmial.me",
      "protonmail not protonmial, sorry",
      "ines@protonmail.me",
    ],
  ])("%s → %s", async (first, fix, contact) => {
    const turns = await run([first, fix, "yes"]);
    expect(turns[1]!.state).toBe("booking.confirming");
    expect(reply(turns[1])).toContain(contact);
    expect(turns[1]!.context.draft.contact).toBe(contact);
    expect(turns[2]!.state).toBe("booked");
  });

  it("a fix while details are still being collected keeps collecting, with the one fixed value", async () => {
    const turns = await run(["truing thursday at 2", "Ola Berg", "ola.berg@mail.cmo", "oops .com not .cmo"]);
    expect(turns[3]!.context.draft.contact).toBe("ola.berg@mail.com");
    expect(turns[3]!.state).toBe("booking.confirming");
  });
});

describe("a name written with a title is read, with its title, wherever it stands", () => {
  it.each([
    ["Prof. Keiko Tanabe — truing on thursday please", "Prof. Keiko Tanabe"],
    ["brake cable replacement for Mrs Haddad, friday", "Mrs Haddad"],
    ["Dr Samuel Osei here, need a full service", "Dr Samuel Osei"],
  ])("%s → %s", async (message, name) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft.name).toBe(name);
  });
});

describe("a slot said by the shop's opening or closing, or on condition of being open, is a slot, not a question", () => {
  it.each([
    ["need a full service on saturday, as soon as you guys open", "2026-10-17", "09:00"],
    ["could you do truing thursday the moment you open up", "2026-10-15", "10:00"],
  ])("%s → the day's first slot", async (message, date, time) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft).toMatchObject({ date, time });
    expect(reply(r)).toMatch(/9am|10am/);
  });

  it("'just before you close' takes the day's last drop-off slot", async () => {
    const [r] = await run(["cable replacement wednesday, just before you close"]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft.date).toBe("2026-10-14");
    expect(r!.context.draft.time).not.toBeNull();
    expect(r!.context.draft.time! > "15:00").toBe(true);
  });

  it("a time given 'if you're open that late' is taken when the day is open then", async () => {
    const turns = await run(["tune-up please", "thursday", "5:30pm, if you're still open then"]);
    expect(turns[2]!.context.draft.time).toBe("17:30");
    expect(turns[2]!.context.expecting).toBe("name");
  });

  it("…and refused with the closing time when it is not", async () => {
    const turns = await run(["tune-up please", "saturday", "4pm assuming you're open that late"]);
    expect(turns[2]!.context.draft.time ?? null).toBeNull();
    expect(reply(turns[2])).toContain("close at 3pm");
  });

  it("asking when the shop opens is still answered with the hours", async () => {
    const [r] = await run(["what time do you open on thursday?"]);
    expect(r!.state).toBe("browsing");
    expect(reply(r)).toContain("10am");
  });
});

describe("the hour settled on, when a message asks about it first", () => {
  it.each([
    ["is 6 too late then? ok, 5 it is", "17:00"],
    ["5 is the last one? fine, 5", "17:00"],
  ])("%s → %s", async (answer, time) => {
    const turns = await run(["full service wednesday at 7pm", answer]);
    expect(turns[1]!.context.draft.time).toBe(time);
    expect(turns[1]!.context.expecting).toBe("name");
  });

  it("a time written with a dot ('3.30') is half past, not the hour", async () => {
    const turns = await run(["tune-up thursday", "3.30"]);
    expect(turns[1]!.context.draft.time).toBe("15:30");
  });
});

describe("asking to book with no service named, or which days are free for one, starts the booking", () => {
  it.each(["hey, could I book something?", "can we book my bike in please"])("%s → which service?", async (m) => {
    const [r] = await run([m]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe("service");
  });

  it("a contact given while the service is asked for is kept, and the service asked again", async () => {
    const turns = await run(["may I book something", "you can text me on 971 555 0134 btw", "full service"]);
    expect(turns[1]!.context.expecting).toBe("service");
    expect(turns[2]!.context.draft).toMatchObject({ service: "full_service", contact: "971 555 0134" });
  });

  it("asking how to book still answers ('can I book online?')", async () => {
    const [r] = await run(["can I book online?"]);
    expect(r!.state).toBe("browsing");
  });

  it.each(["what's your availability like for a full service?", "need my wheel trued, any openings next week?"])(
    "%s → the booking asks for the day",
    async (m) => {
      const [r] = await run([m]);
      expect(r!.state).toBe("booking.collecting");
      expect(r!.context.expecting).toBe("date");
    },
  );
});

describe("a service word spelt with the verb's 'e' ('trueing') is the handbook's service", () => {
  it("a walk-in fault told beside it does not take the booking's place", async () => {
    const [r] = await run(["the brake pad keeps catching the rim, reckon it wants trueing. could I book that?"]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft.service).toBe("truing");
  });
});

describe("a form of labelled lines gives the booking's details", () => {
  it.each([
    [
      "Service - cable replacement\nDay - friday 16th\nTime - 2pm\nName - Ola Berg\nEmail - ola@berg.no",
      "booking.confirming",
    ],
    ["who: Femi Ade\nmobile: 971 555 0102\nwhat: front wheel truing\nwhen: thursday, afternoon", "booking.collecting"],
  ])("%s → %s", async (m, state) => {
    const [r] = await run([m]);
    expect(r!.state).toBe(state);
    expect(r!.context.draft.name).toBeTruthy();
    expect(r!.context.draft.contact).toBeTruthy();
  });
});
