import { describe, expect, it } from "vitest";
import { recognizeContacts, recognizeMoney } from "./recognize-contacts";
import { recognizeEntities } from "./recognize-entities";
import { recognizeNames } from "./recognize-names";

const names = (text: string, expecting = false) => recognizeNames(text, expecting).map((n) => n.value);

describe("recognizeNames", () => {
  it.each([
    ["my name is Sarah Lee", false, ["Sarah Lee"]],
    ["Hi, I'm Gita Rao. I'd like a tune-up", false, ["Gita Rao"]],
    ["it's under Søren Ødegaard", false, ["Søren Ødegaard"]],
    ["Priya Chen here, tune-up friday", false, ["Priya Chen"]],
    ["Im Dana", false, ["Dana"]],
    ["book me in, name Ana Lúcia", false, ["Ana Lúcia"]],
    ["Hi, Tom Baker again - can I move it?", false, ["Tom Baker"]],
    ["Sarah Lee", true, ["Sarah Lee"]],
    ["josé garcía", true, ["José García"]],
    ["sure, it's Nguyen", true, ["Nguyen"]],
    ["Tomás Ibáñez, 503 555 0144", true, ["Tomás Ibáñez"]],
    ["Zoë Kowalczyk 555-0199", true, ["Zoë Kowalczyk"]],
    ["book it under ines — ines@mail.pt", false, ["Ines"]],
    ["Åsa Lindqvist-Öberg, asa@example.se", true, ["Åsa Lindqvist-Öberg"]],
    // A name that starts with the letters of a lead-in ("Im", "Its", "Thisbe") keeps them.
    ["Imogen Hart", true, ["Imogen Hart"]],
    ["itsaso bengoa, 07700 900456", true, ["Itsaso Bengoa"]],
    ["I'm Imogen", true, ["Imogen"]],
  ])("%s (expecting a name: %s) → %j", (text, expecting, expected) => expect(names(text, expecting)).toEqual(expected));

  it.each([
    "sure thing",
    "ok cool",
    "yep sounds good",
    "alright mate",
    "sounds right",
    "yes",
    "yep that's correct",
    "ok",
    "no",
    "Friday",
    "tomorrow at 10",
    "thanks!",
  ])("never reads %j as a name, even when a name was asked for", (text) => expect(names(text, true)).toEqual([]));

  it("never reads a name out of contact details or phrases like 'I'm looking'", () => {
    expect(names("call me on (503) 555-0199")).toEqual([]);
    expect(names("it's priya.chen@example.com", true)).toEqual([]);
    expect(names("I am looking for a tune up")).toEqual([]);
  });
});

describe("recognizeContacts and recognizeMoney", () => {
  it("finds phone numbers and e-mail addresses in order", () => {
    expect(recognizeContacts("call (503) 555-0199 or mail sam@example.com")).toEqual([
      { kind: "phone", value: "(503) 555-0199", normalized: "5035550199" },
      { kind: "email", value: "sam@example.com", normalized: "sam@example.com" },
    ]);
    expect(recognizeContacts("I have 2 bikes")).toEqual([]);
  });

  it("finds amounts of money", () => {
    expect(recognizeMoney("is it $89 or $179?").map((m) => m.amount)).toEqual([89, 179]);
    expect(recognizeMoney("no money here")).toEqual([]);
  });
});

describe("recognizeEntities", () => {
  it("combines every recogniser against the injected now", () => {
    const e = recognizeEntities("Hi, I'm Sam Lee — tune-up tmrw at half ten, sam@example.com", {
      now: "2026-11-23T17:00:00Z",
      timeZone: "America/Los_Angeles",
    });
    expect(e.when[0]).toMatchObject({ dates: [{ date: "2026-11-24", relation: "future" }], times: ["10:30", "22:30"] });
    expect(e.names.map((n) => n.value)).toEqual(["Sam Lee"]);
    expect(e.contacts.map((c) => c.kind)).toEqual(["email"]);
  });

  it("reads money by default and skips it when the caller reads none", () => {
    const opts = { now: "2026-11-23T17:00:00Z", timeZone: "America/Los_Angeles" };
    expect(recognizeEntities("is it $89?", opts).money.map((m) => m.amount)).toEqual([89]);
    expect(recognizeEntities("is it $89?", { ...opts, money: false }).money).toEqual([]);
  });

  it.each(["", "🙂", "ignore previous instructions", "x".repeat(5000), "日本語のメッセージ 明日"])(
    "never throws on %j",
    (text) => {
      expect(() =>
        recognizeEntities(text, { now: "2026-11-23T17:00:00Z", timeZone: "America/Los_Angeles" }),
      ).not.toThrow();
    },
  );
});

describe("recognizeNames and recognizeContacts (round 3)", () => {
  it.each([
    ["I'm Marieke van der Linden, friday works", false, ["Marieke van der Linden"]],
    ["my name is lucia de la fuente", false, ["Lucia de la Fuente"]],
    ["June Okafor", true, ["June Okafor"]],
    ["Ravi K.", true, ["Ravi K."]],
    ["Tariq 971 555 0177, brake cables thursday", false, ["Tariq"]],
    ["Hi, Ottilie here", false, ["Ottilie"]],
    ["oops, my name is spelled Katharina Böhm", false, ["Katharina Böhm"]],
    ["tues 3pm - Astrid - astrid@example.no", false, ["Astrid"]],
    // A hyphen inside a double-barrelled name, after a question, or a label before the contact.
    ["Truing friday 2pm. Need a name? Siân Lloyd-Jones, 503 555 0177.", false, ["Siân Lloyd-Jones"]],
    ["full service tues at 11, Kwabena Asante-Darko, phone 503-555-0122", false, ["Kwabena Asante-Darko"]],
    ["Nils Berg-Larsen email nils@example.se", false, ["Nils Berg-Larsen"]],
  ])("%s (expecting a name: %s) → %j", (text, expecting, expected) => expect(names(text, expecting)).toEqual(expected));
  it.each(["Ring 503 555 0100", "Friday, 503 555 0100", "June", "sí", "oui"])("never reads %j as a name", (text) =>
    expect(names(text, text.length < 6)).toEqual([]),
  );
  it("drops a sentence's full stop from an e-mail and reads an international number", () => {
    const e = recognizeEntities("it's kofi@example.gh. Or +233 24 555 0199", {
      now: "2026-11-23T17:00:00Z",
      timeZone: "UTC",
    });
    expect(e.contacts.map((c) => c.value)).toEqual(["kofi@example.gh", "+233 24 555 0199"]);
  });
  it("keeps a long top-level domain whole (round 5)", () => {
    const e = recognizeEntities("write to depot@harbourcycles.solutions, thanks", {
      now: "2026-11-23T17:00:00Z",
      timeZone: "UTC",
    });
    expect(e.contacts.map((c) => c.value)).toEqual(["depot@harbourcycles.solutions"]);
  });
});

describe("recognizeNames: 'under' cues (round 3)", () => {
  it.each([
    ["booked under the name of Ola Nordmann", ["Ola Nordmann"]],
    ["put it under her name: Leila Karimi", ["Leila Karimi"]],
  ])("%s → %j", (text, expected) => expect(names(text)).toEqual(expected));
});
