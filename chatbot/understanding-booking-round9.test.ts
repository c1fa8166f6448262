import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, ninth round, booking side: phrasings of our own (not any dev or held-out set's, not the training
// corpus's). Tuesday 13 October 2026, 10am in Portland: Wednesday the 14th is the first day a booking can take.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);
const reply = (r: { reply: string } | undefined) => r!.reply.toLowerCase();

describe("a question that names a bookable service is answered, not turned into a booking", () => {
  it.each([
    ["when I book a wheel true, do I pay anything up front?", "pickup"],
    ["can a cable replacement be done on a monday at all?", "closed"],
    ["any sunday you could fit a full service?", "closed"],
  ])("%s → answered in browsing", async (message, fact) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("browsing");
    expect(reply(r)).toContain(fact);
  });

  it("asking for the soonest slot says which day it is and offers it", async () => {
    const [r] = await run(["how soon could I get a full service, earliest day?"]);
    expect(r!.state).toBe("browsing");
    expect(reply(r)).toMatch(/wednesday, october 14/);
    expect(reply(r)).toContain("would you like");
  });

  it("a yes to the offer starts the booking with the service (and the day) already said", async () => {
    const turns = await run(["when's the earliest you could do a tune-up?", "yes please"]);
    expect(turns[0]!.state).toBe("browsing");
    expect(turns[1]!.state).toBe("booking.collecting");
    expect(turns[1]!.context.draft).toMatchObject({ service: "tune_up", date: "2026-10-14" });
  });

  it("the offer lasts one reply: a yes after another question starts nothing", async () => {
    const turns = await run(["when I book a wheel true, do I pay anything up front?", "where are you?", "yes"]);
    expect(turns[2]!.state).toBe("browsing");
  });
});

describe("an explicit request still starts the booking when asked as a question", () => {
  it.each([
    ["could I bring my bike over for a full service on saturday?", "time"],
    ["can you true my back wheel thursday?", "time"],
    ["I'd like a cable replacement — is friday ok?", "time"],
  ])("%s → collecting", async (message, field) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe(field);
  });
});

describe("a booking asked for with nothing named yet starts by asking for the service", () => {
  it.each([["could we set up an appointment?"], ["can I make a booking please?"]])(
    "%s → which service?",
    async (message) => {
      const [r] = await run([message]);
      expect(r!.state).toBe("booking.collecting");
      expect(r!.context.expecting).toBe("service");
    },
  );

  it("asking how to book ('can I make a booking online?') starts nothing", async () => {
    const [r] = await run(["can I make a booking online?"]);
    expect(r!.state).toBe("browsing");
  });

  it.each([
    ["Hi, Lena Brandt here. Thursday the 15th", { name: "Lena Brandt", date: "2026-10-15" }],
    ["this is Dana, dana@example.org — Friday the 16th", { contact: "dana@example.org", date: "2026-10-16" }],
  ])("a day with who it is for (%s) asks for the service, both kept", async (message, kept) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe("service");
    expect(r!.context.draft).toMatchObject(kept);
  });
});

describe("asking for a person to call back is a hand-off, even with a number given mid-booking", () => {
  it.each([
    "ugh, could a real person ring me instead? 971 555 0111",
    "can someone from the team just phone me, 503-555-0123",
  ])("%s", async (message) => {
    const turns = await run(["full service", message]);
    expect(turns[1]!.state).toBe("handoff");
  });
});

describe("the booking just made is recalled, and a yes said first is a yes", () => {
  it("'yep, and what did that cost?' at the read-back books it and answers the price", async () => {
    const turns = await run([
      "full service friday at 2",
      "Ravi Shah",
      "ravi@example.net",
      "yep, and what did that cost again?",
    ]);
    expect(turns[3]!.state).toBe("booked");
    expect(reply(turns[3])).toContain("179");
  });

  it("'ok book it for…' after a price question books the service just asked about", async () => {
    const turns = await run(["hi, Mira here", "what does a cable replacement run?", "ok book it thursday at 3"]);
    expect(turns[2]!.context.draft).toMatchObject({ service: "cable", date: "2026-10-15", time: "15:00" });
  });
});

describe("corrections late in a booking", () => {
  it("a day of the month taken back for another, with its own weekday beside it, moves the booking", async () => {
    const turns = await run(["truing on the 15th", "hmm no, not the 15th — the 16th, friday suits me"]);
    expect(turns[1]!.context.draft.date).toBe("2026-10-16");
  });

  it("a weekday beside a day of the month that is not that day's own is not guessed", async () => {
    const turns = await run(["truing on the 15th", "not the 15th, the 16th, saturday"]);
    expect(turns[1]!.context.draft.date).not.toBe("2026-10-16");
  });

  it("a bookable service taken back for a walk-in one ends the booking with the walk-in answer", async () => {
    const turns = await run(["book me a full service", "scrap the full service, can I just get a flat fixed instead?"]);
    expect(turns[1]!.state).toBe("browsing");
    expect(reply(turns[1])).toMatch(/walk-in|no booking needed/);
  });

  it("giving up with thanks ends the booking", async () => {
    const turns = await run(["cable replacement on saturday", "nah forget it, I'll sort it myself, cheers anyway"]);
    expect(turns[1]!.state).toBe("browsing");
  });

  it("a misspelt 'ful servis' is the full service", async () => {
    const [r] = await run(["need a fulll servis for my gravel bike"]);
    expect(r!.context.draft.service).toBe("full_service");
  });
});

describe("a name told in parts and then written out is stored as written", () => {
  it.each([
    ["Surname Nakamura, first name Yui — please put Nakamura Yui", "Nakamura Yui"],
    ["given name Minh, family name Tran. write it Tran Minh", "Tran Minh"],
    ["first name Ola, surname Berg", "Ola Berg"],
  ])("%s → %s", async (message, name) => {
    const turns = await run(["tune-up saturday 10am", message]);
    expect(turns[1]!.context.draft.name).toBe(name);
  });
});
