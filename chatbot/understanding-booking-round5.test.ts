import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, fifth round, booking side: phrasings of our own (not the issue's, not any dev or held-out set's, not the
// training corpus's). Wednesday 9 December 2026, 10am in Portland: Thu 10, Fri 11, Sat 12, Tue 15, Thu 17.
const WED = "2026-12-09T10:00:00-08:00";
const run = (messages: string[], now = WED) => runChat(messages, now);

describe("every day and clock time in the first booking message is read", () => {
  it.each([
    ["truing, two days from now, half past one in the afternoon", { date: "2026-12-11", time: "13:30" }],
    ["cable swap for the day after tomorrow, eleven in the morning", { date: "2026-12-11", time: "11:00" }],
    ["full service thursday, 3 in the afternoon please", { date: "2026-12-10", time: "15:00" }],
    ["tune-up saturday, round about lunchtime", { date: "2026-12-12", time: "12:00" }],
  ])("%s", async (message, when) => {
    const [r] = await run([message]);
    expect(r!.context.draft).toMatchObject(when);
    expect(r!.context.expecting).toBe("name");
  });

  it("a day already gone, taken back in the same message, yields to the one ahead", async () => {
    const [r] = await run(["truing for last monday haha no, thursday at 2"]);
    expect(r!.context.draft).toMatchObject({ date: "2026-12-10", time: "14:00" });
  });
});

describe("request or question: the trained request-vs-question classifier", () => {
  it.each([
    "if I bring it in for a full service, how soon do I get it back",
    "once you've trued a wheel how long till I can collect",
    "cost of a truing + could I hang around while you do it",
  ])("a question about a bookable service starts no booking: %s", async (message) => {
    const [r] = await run([message]);
    expect(r!.context.understanding?.intent).toBe("question");
    expect(r!.state).toBe("browsing");
  });

  it.each(["gear cable appointment", "a tune-up appointment for my mountain bike"])(
    "a request with no verb starts the booking: %s",
    async (message) => {
      const [r] = await run([message]);
      expect(r!.context.understanding?.intent).toBe("book");
      expect(r!.state).toBe("booking.collecting");
    },
  );
});

describe("the price of the named service beside the booking reply", () => {
  it("a booking starting with a service names its price with the next question", async () => {
    const [r] = await run(["I need my old commuter in for a full service"]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.reply).toMatch(/\$179/);
    expect(r!.context.expecting).toBe("date");
  });
  it("the price is said once: not again on the next detail, not twice when it was asked", async () => {
    const turns = await run(["wheel truing please", "friday"]);
    expect(turns[0]!.reply).toMatch(/\$30/);
    expect(turns[1]!.reply).not.toMatch(/\$30/);
    const [asked] = await run(["how much is a cable replacement, can I book one for friday"]);
    expect(asked!.reply.match(/\$30/g)?.length).toBe(1);
  });
});

describe("questions about booking that use the word", () => {
  it.each([
    "what hours could I book a cable swap in?",
    "if I book a full service when do I collect it",
    "someone told me you gotta book truing a fortnight ahead, is that right?",
    "soonest you could do a full service? only checking, not booking just yet",
    "could I book a rental for sunday?",
  ])("%s → a question, no booking", async (message) => {
    const [r] = await run([message]);
    expect(r!.context.understanding?.intent).toBe("question");
    expect(r!.state).toBe("browsing");
  });

  it("'don't book it' at the confirmation stops the booking", async () => {
    const turns = await run([
      "tune-up thursday at 3, Ola Nordmann, 503-555-0142",
      "hmm don't book it yet, I'll ring you",
    ]);
    expect(turns[0]!.state).toBe("booking.confirming");
    expect(turns[1]!.state).toBe("browsing");
  });

  it("a walk-in service given for a slot held with no service ends the booking with the walk-in answer", async () => {
    const turns = await run(["could you keep 2pm thursday for me", "a flat tyre fix"]);
    expect(turns[0]!.context.expecting).toBe("service");
    expect(turns[1]!.reply).toMatch(/walk-in/i);
    expect(turns[1]!.state).toBe("browsing");
  });
});

describe("a detail given as a short question while it is awaited", () => {
  it("'friday afternoon?' when the day was asked is the day, with the busy-times note beside it at most", async () => {
    const turns = await run(["need a truing", "friday afternoon?"]);
    expect(turns[1]!.context.understanding?.intent).toBe("provide_details");
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-12-11" });
    expect(turns[1]!.context.expecting).toBe("time");
  });
});

describe("corrections and clashes inside the booking details", () => {
  it("'it's Zofia not Sofia' replaces only the first name taken back", async () => {
    const turns = await run(["truing thursday 11am, Sofia Nowak, 503-555-0177", "sorry, it's Zofia not Sofia"]);
    expect(turns[1]!.context.draft.name).toBe("Zofia Nowak");
    expect(turns[1]!.state).toBe("booking.confirming");
  });
  it("a weekday and a day of the month that disagree: the day is asked for, the time kept", async () => {
    const [r] = await run(["full service on tuesday the 17th at 11"]);
    expect(r!.context.draft.date ?? null).toBeNull();
    expect(r!.context.draft.time).toBe("11:00");
    expect(r!.context.expecting).toBe("date");
    expect(r!.reply).toMatch(/Tuesday, December 15/);
    expect(r!.reply).toMatch(/Thursday, December 17/);
  });
  it("'1st thing' is the first slot, not the 1st of the month; 'mañana a las 11' is tomorrow at 11", async () => {
    const [a] = await run(["tune-up saturday 1st thing"]);
    expect(a!.context.draft).toMatchObject({ date: "2026-12-12", time: "09:00" });
    const [b] = await run(["full service mañana a las 11?"]);
    expect(b!.context.draft).toMatchObject({ date: "2026-12-10", time: "11:00" });
  });
});

describe("a day and a clock time asked about with no topic", () => {
  it("'how about the 17th then, 4:30?' after a service question starts that service's booking", async () => {
    const turns = await run(["do you do full services on road bikes?", "how about the 17th then, 4:30?"]);
    expect(turns[1]!.context.understanding?.intent).toBe("book");
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-12-17", time: "16:30" });
  });
  it("after a price question the follow-up with a day and a clock time does not inherit the price topic", async () => {
    const turns = await run(["how much do you charge for a full service?", "how about the 17th then, 4:30?"]);
    expect(turns[1]!.context.understanding?.topics).toEqual([]);
    expect(turns[1]!.context.draft).toMatchObject({ service: "full_service", date: "2026-12-17", time: "16:30" });
  });
});
