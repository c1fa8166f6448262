import { describe, expect, it } from "vitest";
import { createTestChat, runChat } from "./test-support";

// Issue 12, third round, names, recall, cancel and hand-off: phrasings of our own (not the issue's, not any dev or held-out
// set's). Wednesday 9 December 2026, 10am in Portland: Thu 10, Fri 11, Sat 12, Tue 15, Thu 17; Christmas is Friday 25.
const WED = "2026-12-09T10:00:00-08:00";

const run = (messages: string[], now = WED) => runChat(messages, now);

describe("names", () => {
  it.each([
    ["this is Pieter van den Berg, tune-up friday at 3", "Pieter van den Berg"],
    ["full service saturday at 10, name's Ana dos Santos", "Ana dos Santos"],
  ])("lower-case particles stay inside the name: %s", async (message, name) => {
    const [r] = await run([message]);
    expect(r!.context.draft.name).toBe(name);
  });
  it.each([
    ["April Nakamura", "April Nakamura"],
    ["Dana K.", "Dana K."],
    ["Imke Schulz", "Imke Schulz"],
  ])("a bare name answer %j is kept whole (a month as first name, an initial, 'Im…')", async (answer, name) => {
    const turns = await run(["truing thursday at 3pm", answer]);
    expect(turns[1]!.context.draft.name).toBe(name);
    expect(turns[1]!.context.draft.date).toBe("2026-12-10");
  });
  it("a name between dashes beside an e-mail, and the e-mail without the sentence's full stop", async () => {
    const turns = await run(["truing thursday at 3pm", "it's for — Greta — greta.l@example.se."]);
    expect(turns[1]!.context.draft).toMatchObject({ name: "Greta", contact: "greta.l@example.se" });
  });
  it("an international phone number is a contact", async () => {
    const turns = await run(["truing thursday at 3pm", "Greta Lind", "+7 916 555 2211"]);
    expect(turns[2]!.context.draft.contact).toBe("+7 916 555 2211");
    expect(turns[2]!.state).toBe("booking.confirming");
  });
  it("a yes in another language at the confirmation books", async () => {
    const turns = await run(["truing thursday at 3pm, name Greta Lind, greta.l@example.se", "oui 👍"]);
    expect(turns[0]!.state).toBe("booking.confirming");
    expect(turns[1]!.state).toBe("booked");
  });
});

describe("recall and cancel", () => {
  const booked = ["truing thursday at 3pm, name Greta Lind, greta.l@example.se", "yes"];
  it("which name the booking is under, with a handbook question beside it", async () => {
    const turns = await run([...booked, "hang on, what name is it under, and what's your address?"]);
    expect(turns[2]!.reply).toMatch(/Greta Lind/);
    expect(turns[2]!.reply).toMatch(/Pedal Lane/);
  });
  it("'can you cancel it' right after booking is a cancellation", async () => {
    const turns = await run([...booked, "argh, can you cancel it, my plans fell through"]);
    expect(turns[2]!.context.understanding?.intent).toBe("cancel_booking");
  });
  it("a booking the customer holds and cannot make: cancel, with the 24-hour rule and the phone", async () => {
    const [r] = await run(["I have a full service on saturday but I can't make it now"]);
    expect(r!.context.understanding?.intent).toBe("cancel_booking");
    expect(r!.reply).toMatch(/free of charge/);
    expect(r!.reply).toMatch(/555-BIKE/);
  });
  it("giving up at the confirmation ends the booking", async () => {
    const turns = await run(["truing thursday at 3pm, name Greta Lind, greta.l@example.se", "no, forget it, cancel"]);
    expect(turns[1]!.state).toBe("browsing");
    expect(turns[1]!.context.draft).toEqual({});
  });
  it("putting it off to a vague later time ends the booking", async () => {
    const turns = await run(["tune-up friday", "never mind, I'll sort it out in the new year"]);
    expect(turns[1]!.state).toBe("browsing");
  });
});

describe("asking for a person, in any language", () => {
  it.each([
    "the truing didn't hold, I'd like to talk to the manager please",
    "quiero hablar con una persona, por favor",
    "kann ich bitte mit einem Menschen sprechen",
  ])("%s", async (m) => {
    const [r] = await run([m]);
    expect(r!.state).toBe("handoff");
  });
});

describe("words that are never a name when the bot asked for a time", () => {
  it.each(["earliest", "whichever"])("%s", async (answer) => {
    const turns = await run(["tune-up friday", answer]);
    expect(turns[1]!.context.draft.name ?? null).toBeNull();
  });
  it("'under my wife — Name' takes the name, not 'Under'", async () => {
    const turns = await run(["tune up sat 10", "put it under my husband actually — Tomás Ruiz"]);
    expect(turns[1]!.context.draft.name).toBe("Tomás Ruiz");
  });
});

describe("changing the day, and cancelling the booking just made", () => {
  const confirm = "tune-up friday at 10, name Rhys Evans, rhys@x.uk";
  it.each([
    ["can we do saturday instead of friday", "2026-12-12"],
    ["move it from friday to thursday please", "2026-12-10"],
    ["switch the date to saturday", "2026-12-12"],
  ])("%s", async (change, date) => {
    const turns = await run([confirm, change]);
    expect(turns[1]!.context.draft.date).toBe(date);
    expect(turns[1]!.state).toBe("booking.confirming");
  });
  it("after cancelling, the booking is no longer recalled as booked", async () => {
    const chat = createTestChat({ now: WED });
    await chat.say(confirm, WED);
    const booked = await chat.say("yes", WED);
    const lastBooking = booked.context.lastBooking!;
    const withStore = createTestChat({ now: WED, bookings: [lastBooking] });
    for (const m of [confirm, "yes", "please cancel it"]) await withStore.say(m, WED);
    const after = await withStore.say("what did I book?", WED);
    // The fake store does not record the cancellation; the conversation's own memory must.
    expect(after.context.lastBooking?.status).toBe("cancelled");
  });
});

describe("recall from the draft and the booking, greetings with a name, a second booking", () => {
  it("'what have I given you so far?' while collecting answers from the draft", async () => {
    const turns = await run(["gear cable swap thursday at 2", "Noor", "what have I given you so far?"]);
    expect(turns[2]!.context.understanding?.intent).toBe("recall_booking");
    expect(turns[2]!.reply).toMatch(/Thursday, December 10 at 2pm/);
    expect(turns[2]!.reply).toMatch(/Noor/);
  });
  it("'which service was it?' after booking answers from the booking", async () => {
    const turns = await run([
      "gear cable swap thursday at 2, name Noor, noor@x.qa",
      "yes",
      "hmm which service was it?",
    ]);
    expect(turns[2]!.reply).toMatch(/cable replacement/);
  });
  it("'am I booked in?' is a recall, not a question about booking", async () => {
    const [r] = await run(["am I booked in already?"]);
    expect(r!.context.understanding?.intent).toBe("recall_booking");
  });
  it("a greeting with a name is answered as a greeting and the name kept", async () => {
    const turns = await run(["hey there, it's Noor Haddad", "gear cable swap thursday at 2"]);
    expect(turns[0]!.reply).not.toMatch(/not sure/);
    expect(turns[1]!.context.draft.name).toBe("Noor Haddad");
  });
  it("a second booking in the same conversation keeps the name and contact", async () => {
    const turns = await run([
      "gear cable swap thursday at 2, name Noor, noor@x.qa",
      "yes",
      "can I book a truing on saturday at 11 too?",
    ]);
    expect(turns[2]!.state).toBe("booking.confirming");
    expect(turns[2]!.context.draft).toMatchObject({ name: "Noor", contact: "noor@x.qa", service: "truing" });
  });
});

describe("'under her name: …' takes the name after the cue", () => {
  it("a booking put under someone else's name", async () => {
    const turns = await run(["truing thursday at 3pm", "my son's dropping it, so put it under his name: Kwame Mensah"]);
    expect(turns[1]!.context.draft.name).toBe("Kwame Mensah");
  });
});
