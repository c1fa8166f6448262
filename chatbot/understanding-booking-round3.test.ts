import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, third round, booking and entity classes: phrasings of our own (not the issue's, not any dev or held-out
// set's). Wednesday 9 December 2026, 10am in Portland: Thu 10, Fri 11, Sat 12, Tue 15, Thu 17; Christmas is Friday 25.
const WED = "2026-12-09T10:00:00-08:00";

const run = (messages: string[], now = WED) => runChat(messages, now);

describe("the booking intent wherever it sits in the message", () => {
  it("a price question and a request in one message: the price is answered and the booking starts", async () => {
    const [r] = await run(["how much are new gear cables, and can I book one for thursday at 4"]);
    expect(r!.reply).toMatch(/\$30/);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft).toMatchObject({ service: "cable", date: "2026-12-10", time: "16:00" });
  });
  it("a service, a day and a clock time asked as an availability question is a booking", async () => {
    const [r] = await run(["4 o'clock on the 16th for new brake cables, is that free?"]);
    expect(r!.context.understanding?.intent).toBe("book");
    expect(r!.context.draft).toMatchObject({ service: "cable", date: "2026-12-16", time: "16:00" });
  });
  it("asking whether a booking is needed starts none, question mark or not", async () => {
    for (const m of ["do i need to book a full service?", "would I need to book ahead for a wheel truing"]) {
      const [r] = await run([m]);
      expect(r!.context.understanding?.intent).toBe("question");
      expect(r!.state).toBe("browsing");
    }
  });
  it("a walk-in question with a part of the day stays a question", async () => {
    const [r] = await run(["could I just turn up with it for a tune-up friday morning?"]);
    expect(r!.state).toBe("browsing");
  });
});

describe("details given early, unasked or out of order", () => {
  it("a lone hour beside a day is the clock time", async () => {
    const [r] = await run(["need new brake cables, tuesday morning, say 10"]);
    expect(r!.context.draft).toMatchObject({ date: "2026-12-15", time: "10:00" });
    expect(r!.context.expecting).toBe("name");
  });
  it("a day and a time out of the blue start a booking that asks only for the service", async () => {
    const turns = await run(["friday 11:30", "wheel truing"]);
    expect(turns[0]!.context.expecting).toBe("service");
    expect(turns[1]!.context.draft).toMatchObject({ service: "truing", date: "2026-12-11", time: "11:30" });
    expect(turns[1]!.context.expecting).toBe("name");
  });
  it("a time asked for before the day is kept until the day comes", async () => {
    const turns = await run(["could I get 3:30 at some point this week?", "brake cable, thursday"]);
    expect(turns[1]!.context.draft).toMatchObject({ service: "cable", date: "2026-12-10", time: "15:30" });
  });
  it("a name and a phone number at the start of a one-line booking", async () => {
    const [r] = await run(["Bjørn 971 555 0144 full service sat 10am"]);
    expect(r!.context.draft).toMatchObject({ name: "Bjørn", contact: "971 555 0144", date: "2026-12-12" });
    expect(r!.state).toBe("booking.confirming");
  });
  it("the name question says back the day and time understood", async () => {
    const [r] = await run(["tune-up this coming friday at 2"]);
    expect(r!.reply).toMatch(/Friday, December 11 at 2pm\b.*What name/);
  });
});

describe("corrections", () => {
  it("a change of service asked as a question is made, and the question answered", async () => {
    const turns = await run([
      "full service saturday at 11",
      "oh, actually just a tune-up instead — how much is that one?",
    ]);
    expect(turns[1]!.context.draft.service).toBe("tune_up");
    expect(turns[1]!.reply).toMatch(/\$89/);
  });
  it("'my name is actually spelt …' replaces the name, without the filler word", async () => {
    const turns = await run(["truing thursday at 3pm", "Shaun Neil", "my name is actually spelt Seán O'Neill"]);
    expect(turns[2]!.context.draft.name).toBe("Seán O'Neill");
  });
});

describe("dates and clock words", () => {
  it("a weekday with 'ten to six' is the coming weekday, never last week's", async () => {
    const [r] = await run(["can I drop off a full service tuesday ten to six"]);
    expect(r!.reply).not.toMatch(/in the past/);
    expect(r!.context.draft.date).toBe("2026-12-15");
  });
  it("'a week from tomorrow' counts from tomorrow", async () => {
    const [r] = await run(["tune-up a week from tomorrow at 11"]);
    expect(r!.context.draft).toMatchObject({ date: "2026-12-17", time: "11:00" });
  });
  it("a weekday and hour written in Spanish", async () => {
    const [r] = await run(["quiero una revisión completa, full service, el jueves a las 16h"]);
    expect(r!.context.draft).toMatchObject({ service: "full_service", date: "2026-12-10", time: "16:00" });
  });
});

describe("vague spans ask which day; a span is never last year's", () => {
  it("'after Christmas' offers days from December 26 on", async () => {
    const [r] = await run(["tune-up sometime after christmas"]);
    expect(r!.context.expecting).toBe("date");
    expect(r!.reply).toMatch(/Saturday, December 26/);
    expect(r!.reply).not.toMatch(/in the past/);
  });
});

describe("a weekday named after the bot offered days from a span", () => {
  it("is that span's weekday, not the coming one", async () => {
    const turns = await run(["new gear cables the week after next, any day", "wednesday please"]);
    expect(turns[0]!.context.expecting).toBe("date");
    expect(turns[1]!.context.draft.date).toBe("2026-12-23");
  });
  it("a day of the span the shop is closed on is refused, and the span still holds for the next answer", async () => {
    const turns = await run(["new gear cables the week after next, any day", "friday?", "fine, the tuesday"]);
    expect(turns[1]!.reply).toMatch(/December 25/);
    expect(turns[2]!.context.draft.date).toBe("2026-12-22");
  });
  it("a day of the month still ahead this month is this month's", async () => {
    const [r] = await run(["truing on the 30th at 2"]);
    expect(r!.context.draft.date).toBe("2026-12-30");
  });
});

describe("past month-and-day dates are refused, never moved to next year", () => {
  it("'the 3rd of December' said on the 9th", async () => {
    const [r] = await run(["could I book a truing for the 3rd of december"]);
    expect(r!.reply).toMatch(/December 3 .*in the past/);
    expect(r!.reply).not.toMatch(/2027/);
    expect(r!.context.draft.date ?? null).toBeNull();
  });
  it("'Nov 20' said in December", async () => {
    const [r] = await run(["full service nov 20 at 10"]);
    expect(r!.reply).toMatch(/in the past/);
  });
  it("a January date said in December is next month's", async () => {
    const [r] = await run(["full service jan 6 at 10"]);
    expect(r!.context.draft.date).toBe("2027-01-06");
  });
});

describe("short answers while a booking is collected", () => {
  it("'sat' alone when the day was asked for is Saturday", async () => {
    const turns = await run(["full service please", "sat"]);
    expect(turns[1]!.context.draft.date).toBe("2026-12-12");
  });
  it("'what's the soonest?' when the day was asked takes the first open day and slot", async () => {
    const turns = await run(["wheel truing please", "what's the soonest you can do?"], "2026-12-12T10:00:00-08:00");
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-12-15", time: "10:00" });
  });
});

describe("the next free slot asked for with a service", () => {
  // Round 9 (decide-start): asking when the work could be had is answered with the first free slot and offered; the
  // yes books it (before, the question itself started the booking).
  it("a price question and 'when's your next free slot' answers both and offers the slot; a yes takes it", async () => {
    const turns = await run(["what's a brake cable swap cost, and when's your next free slot?", "yes please"]);
    expect(turns[0]!.reply).toMatch(/\$30/);
    expect(turns[0]!.reply).toMatch(/December 10 at 10am/);
    expect(turns[0]!.state).toBe("browsing");
    expect(turns[1]!.context.draft).toMatchObject({ service: "cable", date: "2026-12-10", time: "10:00" });
  });
});

describe("a bookable service with a day and a clock time is a booking unless the customer asks to walk in", () => {
  it("'can I come on the 25th at 11 for a wheel true' books (and refuses the holiday)", async () => {
    const [r] = await run(["my wheel needs truing, can i come on the 25th at 11"]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.reply).toMatch(/closed/);
    expect(r!.context.expecting).toBe("date");
  });
  it("'can I just walk in … at 10' stays a walk-in question", async () => {
    const [r] = await run(["can I just walk in for new brake cables thursday at 10?"]);
    expect(r!.state).toBe("browsing");
  });
});

describe("a price said or asked beside a service and a span starts no booking", () => {
  it.each([
    "my mate reckons a full service is only $99 next week, tell me the real price",
    "what does a full service cost next week?",
  ])("%s", async (m) => {
    const [r] = await run([m]);
    expect(r!.state).toBe("browsing");
  });
});

describe("a one-word answer to 'which service?'", () => {
  it.each([
    ["the full one please", "full_service"],
    ["just the basic one", "tune_up"],
    ["the wheel one", "truing"],
  ])("%s → %s", async (answer, service) => {
    const turns = await run(["I'd like to book my bike in", answer]);
    expect(turns[0]!.context.expecting).toBe("service");
    expect(turns[1]!.context.draft.service).toBe(service);
  });
});
