import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12's classes still failing after the first round, each with phrasings of our own (not the issue's, not the
// held-out set's).
const TUE = "2026-11-24T11:00:00-08:00"; // Tuesday 10am–6pm; Thanksgiving is Thursday the 26th
const SAT_LATE = "2026-11-28T15:20:00-08:00"; // Saturday, closed at 3pm
const FRI_EARLY = "2026-11-27T08:15:00-08:00"; // Friday, opens at 10am
const WED_OPEN = "2026-11-25T13:05:00-08:00"; // Wednesday, open until 6pm
const NEW_YEAR = "2027-01-01T10:00:00-08:00"; // New Year's Day (a Friday)

const run = (messages: string[], now = TUE) => runChat(messages, now);

describe("names given with the contact on one line, agreement phrases, non-ASCII", () => {
  it.each([
    ["Íñigo Bárcena Oteiza, 971 555 0182", "Íñigo Bárcena Oteiza", "971 555 0182"],
    ["Chloé Dubois-Martin — chloe.dm@example.fr", "Chloé Dubois-Martin", "chloe.dm@example.fr"],
    ["pop it under magnus, magnus@fjord.no", "Magnus", "magnus@fjord.no"],
  ])("%s", async (answer, name, contact) => {
    const turns = await run(["full service thursday december 3rd at 11", answer]);
    expect(turns[1]!.context.draft).toMatchObject({ name, contact });
    expect(turns[1]!.state).toBe("booking.confirming");
  });

  it.each(["sure thing", "ok cool", "yep sounds good", "alright mate"])(
    "%j while the name is awaited is not stored as a name",
    async (answer) => {
      const turns = await run(["full service thursday december 3rd at 11", answer]);
      expect(turns[1]!.context.draft.name ?? null).toBeNull();
      expect(turns[1]!.context.expecting).toBe("name");
    },
  );
});

describe("a lone hour after a refused time is the new time", () => {
  it.each([
    ["meh, 3 then", "15:00"],
    ["ok 11 i suppose", "11:00"],
  ])("%s", async (answer, time) => {
    const turns = await run(["truing wednesday at 8pm", answer]);
    expect(turns[0]!.context.expecting).toBe("time");
    expect(turns[1]!.context.draft.time).toBe(time);
    expect(turns[1]!.context.expecting).toBe("name");
  });
});

describe("first and last slot of a named day", () => {
  it("a question about the latest drop-off on a weekday answers that day's last slot", async () => {
    const [r] = await run(["what's the final drop-off time on a wednesday?"]);
    expect(r!.reply).toMatch(/On Wednesdays the first drop-off slot is 10am and the last is 5pm/);
  });
  it("'as late as you can' with a service books the day's last slot", async () => {
    const [r] = await run(["cable swap saturday, as late as you can"]);
    expect(r!.context.draft).toMatchObject({ date: "2026-11-28", time: "14:00" });
  });
  // Round 6: a bare question about a day's first or last slot (no service, wish or name) is answered and starts no
  // booking; blind writers read it as a question every time ("what time is the last drop-off slot on saturday?").
  it("the earliest slot of a day asked before naming a service is answered, and no booking starts", async () => {
    const [r] = await run(["earliest slot on the 2nd?"]);
    expect(r!.reply).toMatch(/Wednesday, December 2 the first drop-off slot is 10am/);
    expect(r!.state).toBe("browsing");
  });
  it("wanting the work done on that day still starts the booking", async () => {
    const [r] = await run(["want my brakes cables done on the 2nd, what's the earliest slot?"]);
    expect(r!.state).toBe("booking.collecting");
  });
});

describe("a past day of the month is refused, never moved to next year", () => {
  it("'the 20th' said on the 24th", async () => {
    const [r] = await run(["can you take my bike for a tune-up on the 20th"]);
    expect(r!.reply).toMatch(/November 20 .*in the past/);
    expect(r!.reply).not.toMatch(/2027/);
    expect(r!.context.draft.date ?? null).toBeNull();
  });
});

describe("answers use the shop's clock for 'right now'", () => {
  it("after closing on an open day: closed for today and the next opening", async () => {
    const [r] = await run(["you guys still open? 10 min out"], SAT_LATE);
    expect(r!.reply).toMatch(/closed for today/);
    expect(r!.reply).toMatch(/next open Tuesday, December 1 at 10am/);
    expect(r!.reply).not.toMatch(/open right now/);
  });
  it("before opening: not open yet, with today's hours", async () => {
    const [r] = await run(["can I wander in now with a flat?"], FRI_EARLY);
    expect(r!.reply).toMatch(/not open yet.*open at 10am/);
  });
  it("while open: open now, until closing", async () => {
    const [r] = await run(["r u open rn"], WED_OPEN);
    expect(r!.reply).toMatch(/open right now, until 6pm/);
  });
  it("a walk-in service asked for right now after closing: closed for today, no 'yes'", async () => {
    const [r] = await run(["5 min out, could you sort a puncture?"], SAT_LATE);
    expect(r!.reply).toMatch(/closed for today.*next open Tuesday, December 1/);
    expect(r!.reply).not.toMatch(/\bYes\b/);
  });
  it("on a holiday 'open today?' says the holiday and the next opening", async () => {
    const [r] = await run(["are you guys open today"], NEW_YEAR);
    expect(r!.reply).toMatch(/closed on Friday, January 1 for New Year's Day/);
    expect(r!.reply).toMatch(/next open Saturday, January 2/);
  });
});

describe("recall while the booking is still being collected", () => {
  it("answers from the draft and asks the next question", async () => {
    const turns = await run(["brake cable replacement friday", "hold on, which day did I go for?"]);
    expect(turns[1]!.reply).toMatch(/Friday, November 27 — nothing is booked yet/);
    expect(turns[1]!.state).toBe("booking.collecting");
    expect(turns[1]!.context.expecting).toBe("time");
  });
});

describe("keyword noise and subjects the handbook never mentions", () => {
  it.each([
    "is my mobile number printed on the repair tag?",
    "will you text my phone number when it's ready to collect?",
    "what would you charge to put on new grips",
    "ballpark cost for a new crankset?",
  ])("%s → honest 'not sure' with the phone, no template", async (q) => {
    const [r] = await run([q]);
    expect(r!.reply).toMatch(/not sure about that.*555-BIKE/);
    expect(r!.reply).not.toMatch(/Our prices|Payment is|You can call us/);
  });
  it("'pay you a visit' is about coming in, not payment", async () => {
    for (const q of [
      "might pay you a visit wednesday, how late are you around?",
      "gonna pay a visit friday, when do you close",
    ]) {
      const [r] = await run([q]);
      expect(r!.reply).toMatch(/6pm/);
      expect(r!.reply).not.toMatch(/Payment|card or cash/);
    }
  });
});

describe("several values in one slot", () => {
  it("two days in a holiday week: each day, and the holiday", async () => {
    const [r] = await run(["hours for wed + thurs?"]);
    expect(r!.reply).toMatch(/Wednesday.*6pm/);
    expect(r!.reply).toMatch(/Thanksgiving/);
  });
  it("three abbreviated days: each one, the closed one said closed", async () => {
    const [r] = await run(["opening times tues / sat / sun?"]);
    expect(r!.reply).toMatch(/Tuesday.*6pm/);
    expect(r!.reply).toMatch(/Saturday.*3pm/);
    expect(r!.reply).toMatch(/closed on Sundays/);
  });
  it("which services need booking names them from the handbook", async () => {
    const [r] = await run(["which services need an appointment?"]);
    expect(r!.reply).toMatch(/Booking is needed for: standard tune-up, full service/);
  });
  it("two services compared", async () => {
    const [r] = await run(["which costs more, a tune up or truing one wheel?"]);
    expect(r!.reply).toMatch(/\$89/);
    expect(r!.reply).toMatch(/\$30/);
  });
});
