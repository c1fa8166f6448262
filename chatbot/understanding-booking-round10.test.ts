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
