import { describe, expect, it } from "vitest";
import { normaliseMessage } from "./normalise";

describe("normaliseMessage", () => {
  it.each([
    ["emphasis", "Thursdays we stay open **until 7** — *late night*!", "Thursdays we stay open until 7 — late night!"],
    [
      "underscores and code",
      "Drop-offs are __by appointment__ (`tune-up`).",
      "Drop-offs are by appointment (tune-up).",
    ],
    ["strike-through is dropped", "A tune-up is ~~$99~~ $89.", "A tune-up is $89."],
    ["links keep their text", 'Book on [our site](https://example.com/book "Book").', "Book on our site."],
    ["headings and quotes", "### Opening times\n> Closed Mondays", "Opening times\nClosed Mondays"],
    ["a.m. inside a sentence", "Doors open at 9 a.m. on Saturday.", "Doors open at 9 am on Saturday."],
    ["a.m. ending a sentence", "Come by at 10 A.M. See you then!", "Come by at 10 am. See you then!"],
    ["a.m. before a weekday", "That's 9 a.m. Saturday.", "That's 9 am Saturday."],
    ["number-word times", "Swing by at eleven in the morning or half past four.", "Swing by at 11am or 4:30."],
    ["number-word ranges", "Saturdays we're in from nine till three.", "Saturdays we're in from 9 till 3."],
    ["a 24-hour restatement of the same time", "Doors shut at 6 p.m. (18:00) tonight.", "Doors shut at 6 pm tonight."],
    ["…and of a time with minutes", "Last slot is 5:30pm (17:30h).", "Last slot is 5:30pm."],
    ["a bracketed different time stays", "Come at 2 pm (14:30 is full).", "Come at 2 pm (14:30 is full)."],
    [
      "number words that are not times",
      "We fit two bikes; talk to one of our mechanics.",
      "We fit two bikes; talk to one of our mechanics.",
    ],
    ["typographic punctuation", "You\u2019re set\u2026 \u201cdone\u201d\u00a0now.", 'You\'re set... "done" now.'],
    ["zero-width characters", "Clo\u200bsed Sun\u200bdays.", "Closed Sundays."],
    ["table rows", "| Day | Hours |\n|---|---|\n| Sat | 9–3 |", "Sat: 9–3."],
  ])("%s", (_, input, expected) => expect(normaliseMessage(input)).toBe(expected));

  it("turns bullets into sentences and gives a short heading's subject to bullets without their own", () => {
    expect(
      normaliseMessage("**Saturday:**\n- 9 a.m. to 3 p.m.\n- no appointments needed for flats\n- Sunday closed"),
    ).toBe("Saturday:\nSaturday: 9 am to 3 pm.\nSaturday: no appointments needed for flats.\nSunday closed.");
    expect(normaliseMessage("Prices:\n1. Tune-up: $89\n2) Flat fix: $24")).toBe(
      "Prices:\nTune-up: $89.\nFlat fix: $24.",
    );
    expect(normaliseMessage("Here is everything we can help you with today:\n* brakes")).toBe(
      "Here is everything we can help you with today:\nbrakes.",
    );
  });

  it("a heading's list ends at the blank line after its bullets: a later line is not under it", () => {
    expect(
      normaliseMessage("**Turnaround:**\n- Tune-up: 2 days\n- Full service: 3–5 days\n\nAny other questions?"),
    ).toBe("Turnaround:\nTune-up: 2 days.\nFull service: 3–5 days.\n\nAny other questions?");
    expect(normaliseMessage("Full service:\n\n3–5 business days")).toBe(
      "Full service:\n\nFull service: 3–5 business days",
    );
  });

  it("is idempotent", () => {
    const once = normaliseMessage("**Hours:**\n- Tue–Fri 10 a.m.–6 p.m.\n- Sat nine to three");
    expect(normaliseMessage(once)).toBe(once);
  });
});
