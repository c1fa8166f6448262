import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, eighth round, booking side: phrasings of our own (not any dev or held-out set's, not the training
// corpus's). Tuesday 13 October 2026, 10am in Portland: Thursday the 15th, Friday the 16th, Saturday the 17th ahead.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);
const reply = (r: { reply: string } | undefined) => r!.reply.toLowerCase();

describe("a message of nothing but details gives them, in any order and any state", () => {
  it.each([
    ["Fri 16 Oct, 2pm — Priya Raman — priya.r@example.org", { date: "2026-10-16", time: "14:00", name: "Priya Raman" }],
    ["Name: Tomasz Wiśniewski / mobile: 503 555 0122", { name: "Tomasz Wiśniewski", contact: "503 555 0122" }],
    ["saturday 10:30, Lou Mbeki, 971-555-0100", { date: "2026-10-17", time: "10:30", contact: "971-555-0100" }],
  ])("%s → the booking starts by asking for the service, every detail kept", async (message, kept) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe("service");
    expect(r!.context.draft).toMatchObject(kept);
    // A contact given is not a question about the shop's own contact details.
    expect(reply(r)).not.toContain("555-bike");
  });

  it("the service given next goes straight to the read-back with the details held", async () => {
    const turns = await run(["thurs 4pm. Ines Duarte. ines@duarte.pt", "the full service please"]);
    expect(turns[1]!.state).toBe("booking.confirming");
    expect(turns[1]!.context.draft).toMatchObject({ service: "full_service", date: "2026-10-15", time: "16:00" });
  });

  it("an e-mail address alone, when the contact is asked for, is the contact (never a hand-off)", async () => {
    const turns = await run(["wheel truing friday at 11", "Bo", "bo.lindqvist@example.se"]);
    expect(turns[2]!.state).toBe("booking.confirming");
    expect(turns[2]!.context.draft.contact).toBe("bo.lindqvist@example.se");
  });
});

describe("names are people, not services or someone's relation", () => {
  it("a service word answering 'which service?' is the service, not the name", async () => {
    const turns = await run(["friday 3pm", "truing"]);
    expect(turns[1]!.context.draft).toMatchObject({ service: "truing" });
    expect(turns[1]!.context.draft.name ?? null).toBeNull();
    expect(turns[1]!.context.expecting).toBe("name");
  });

  it("'my buddy', 'my brother' in a story are not the customer's name", async () => {
    for (const message of [
      "my buddy says the cable has stretched, I'm thinking a tune-up saturday at 10",
      "my brother reckons it needs truing, friday at 2 ok?",
    ]) {
      const [r] = await run([message]);
      expect(r!.context.draft.name ?? null, message).toBeNull();
    }
  });

  it("a four-word name given alone, particles and all, is kept whole", async () => {
    const turns = await run(["tune up saturday 11am", "Kofi van der Berg"]);
    expect(turns[1]!.context.draft.name).toBe("Kofi van der Berg");
  });
});

describe("an approximate time takes the nearest drop-off slot and the read-back says so", () => {
  it.each([
    ["cable swap thursday, roughly 2", "14:00"],
    ["full service friday around 12:10", "12:00"],
    ["tune-up saturday about 10:50", "11:00"],
  ])("%s", async (message, time) => {
    const [r] = await run([message]);
    expect(r!.context.draft).toMatchObject({ time, timeApprox: true });
    expect(reply(r)).toContain("nearest drop-off slot");
  });

  it("an exact time says nothing of the kind, and a later exact time clears it", async () => {
    const [exact] = await run(["full service friday 12:30"]);
    expect(reply(exact)).not.toContain("nearest");
    const turns = await run(["full service friday around 12:10", "actually make it 1:30"]);
    expect(turns[1]!.context.draft).toMatchObject({ time: "13:30" });
    expect(turns[1]!.context.draft.timeApprox ?? null).toBeNull();
  });

  it("an approximate time past the last drop-off is refused with the reason, not moved silently", async () => {
    // Saturday's last drop-off slot is 2pm (closes 3pm).
    const [r] = await run(["tune up saturday around 2:45"]);
    expect(r!.context.draft.time ?? null).toBeNull();
    expect(r!.context.expecting).toBe("time");
  });
});

describe("of several bookable services named, the one asked for is booked", () => {
  it.each([
    ["my buddy says the cable has stretched, I'm thinking a tune-up saturday at 10", "tune_up"],
    ["my mate reckons it's only the cable, so a tune-up thursday at 2 please", "tune_up"],
    ["honestly my mate says it's just the cable but I'd like a full service friday at 11", "full_service"],
    ["the wheel is fine, I need a cable replacement friday at 10", "cable"],
  ])("%s", async (message, service) => {
    const [r] = await run([message]);
    expect(r!.context.draft.service).toBe(service);
  });
});

describe("a late correction replaces the value it turns down, before any other detail is asked", () => {
  it.each([
    ["oops I meant 4, not 3", "16:00"],
    ["sorry — 11 rather than 10", "11:00"],
    ["I mean 2 not 1", "14:00"],
  ])("time: %s", async (fix, time) => {
    const first = time === "11:00" ? "tune-up thursday 10am" : "full service thursday 3pm";
    const turns = await run([first, fix, "Greta Lind", "greta@example.se"]);
    expect(turns[1]!.context.expecting).toBe("name");
    expect(turns[3]!.state).toBe("booking.confirming");
    expect(turns[3]!.context.draft.time).toBe(time);
  });

  it.each([
    ["hmm, I can't make Friday after all — Saturday at 10 then?", "2026-10-17"],
    ["no wait, cannot do thursday. friday same time", "2026-10-16"],
  ])("day: %s", async (fix, date) => {
    const first = date === "2026-10-17" ? "cable job friday at 10" : "cable job thursday at 10";
    const turns = await run([first, fix, "Greta Lind", "greta@example.se"]);
    expect(turns[1]!.context.draft.date).toBe(date);
    expect(turns[3]!.context.draft).toMatchObject({ date, time: "10:00" });
  });
});

describe("a question never starts a booking by itself; a request for the work does", () => {
  it.each([
    "do you do full services on mondays? I work weekends",
    "are cable replacements done on saturdays at all?",
    "is it ok to drop the bike the evening before my booking on friday?",
    "can I bring some spare tubes along to my appointment thursday?",
    "had a full service from you a month ago and the gears already slip, is that covered?",
    "you did a truing for me yesterday and it's wobbling again, not happy",
    "got a full service here last month and frankly i'd like my money back for the labour",
    "had a tune up last week, want a refund on it",
    "Could I leave the bike with you the night before my appointment on Friday?",
    "can I drop my bike the day before my booking on Thursday?",
  ])("%s → no booking", async (message) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("browsing");
  });

  it.each([
    ["could you true the rear wheel for me? it's got a wobble", "truing"],
    ["can you overhaul my old road bike please", "full_service"],
    ["could you fix my buckled wheel?", "truing"],
    ["would you replace my gear cable? it's frayed", "cable"],
    ["had a flat last week, anyway can you book me a tune-up", "tune_up"],
  ])("%s → the booking starts", async (message, service) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.draft.service).toBe(service);
  });

  it("asking the shop to do the work with the price asked beside it stays a question", async () => {
    const [r] = await run(["could u tune up my commuter, what's that cost?"]);
    expect(r!.state).toBe("browsing");
  });
});

describe("'the day after' counts from the day just talked about", () => {
  // Thursday 17 December 2026: Christmas Day (Friday 25th) is closed.
  const DEC = "2026-12-17T15:00:00-08:00";
  it.each([
    ["right, the day after then", "2026-12-26"],
    ["the day after works", "2026-12-26"],
  ])("a refused day: %s", async (answer, date) => {
    const turns = await run(["truing on christmas day at 10 please", answer], DEC);
    expect(turns[0]!.context.draft.date ?? null).toBeNull();
    expect(turns[1]!.context.draft).toMatchObject({ date, time: "10:00" });
  });

  it("a chosen day, moved one on; 'the day after tomorrow' still counts from today", async () => {
    const turns = await run(["cable job tuesday 22nd at 11", "hmm, the day after instead?"], DEC);
    expect(turns[1]!.context.draft.date).toBe("2026-12-23");
    const [r] = await run(["cable job the day after tomorrow at 11"], DEC);
    expect(r!.context.draft.date).toBe("2026-12-19");
  });
});

describe("a wheel out of true, or 'can you true it', names the truing", () => {
  it.each([
    "my back wheel has been out of true since I hit a kerb, saturday at 11 ok?",
    "I'm around saturday at 11 if you could true it for me",
  ])("%s", async (message) => {
    const [r] = await run([message]);
    expect(r!.context.draft.service).toBe("truing");
  });
});

describe("a day told before any booking is kept for when the booking starts", () => {
  it.each([
    [["friday is the only day I can manage", "I'll need a cable replaced"], "2026-10-16"],
    [["Saturday suits me", "full service pls"], "2026-10-17"],
  ])("%j", async (messages, date) => {
    const turns = await run(messages);
    expect(turns[1]!.state).toBe("booking.collecting");
    expect(turns[1]!.context.draft.date).toBe(date);
    expect(turns[1]!.context.expecting).toBe("time");
  });

  it("a day only asked about is not kept (the question is answered, nothing is held)", async () => {
    const [r] = await run(["are you open on friday?"]);
    expect(r!.context.draft.date ?? null).toBeNull();
  });
});

describe("a bare day of the month, or a span with one open day, after what was just said", () => {
  // Monday 6 July 2026: Monday 3 August is closed (Mondays).
  const JUL = "2026-07-06T12:00:00-07:00";
  it("'the 4th then' after a refused 3 August is 4 August, not the past 4 July", async () => {
    const turns = await run(["cable replacement august 3rd please", "fine, the 4th then at 11"], JUL);
    expect(turns[0]!.context.draft.date ?? null).toBeNull();
    expect(turns[1]!.context.draft).toMatchObject({ date: "2026-08-04", time: "11:00" });
  });

  it("'not the 15th, the 22nd' replaces the day chosen", async () => {
    const turns = await run(["tune up wednesday the 15th at 2", "oops, not the 15th, the 22nd"], JUL);
    expect(turns[1]!.context.draft.date).toBe("2026-07-22");
  });

  it("a weekend with only the Saturday open books the Saturday; a choice of spans is still asked", async () => {
    const [one] = await run(["any chance of a full service this weekend?"], JUL);
    expect(one!.context.draft.date).toBe("2026-07-11");
    expect(one!.context.expecting).toBe("time");
    const [two] = await run(["full service this weekend or early next week, up to you"], JUL);
    expect(two!.context.expecting).toBe("date");
  });
});

describe("who the customer is, and the service named by its price", () => {
  it("'<name> here' at the start introduces the customer; 'I'm here' does not", async () => {
    const [r] = await run(["hiya, marta here — cable job friday at 10 please"]);
    expect(r!.context.draft.name).toBe("Marta");
    const [s] = await run(["I'm here on friday at 10 for a cable job"]);
    expect(s!.context.draft.name ?? null).toBeNull();
  });

  it("a yes with letters held down, when a name is awaited, is no name", async () => {
    const turns = await run(["tune-up friday at 10", "yesss", "okk"]);
    expect(turns[2]!.context.draft.name ?? null).toBeNull();
    expect(turns[2]!.context.expecting).toBe("name");
  });

  it("a respelt first name keeps the surname", async () => {
    const turns = await run(["tune-up friday at 10", "Stephen Moss", "sorry, Steven — steven@moss.uk"]);
    expect(turns[2]!.context.draft.name).toBe("Steven Moss");
  });

  it("'the $179 one' books the service with that price", async () => {
    const [r] = await run(["I'll go for the $179 one, friday at 11"]);
    expect(r!.context.draft.service).toBe("full_service");
  });
});
