import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12's question classes (third round), each in phrasings of our own — not the issue's, not a dev or held-out
// set's. Each case failed before the change it guards.
const WED = "2026-12-02T11:00:00-08:00"; // Wednesday 10am–6pm

const run = (messages: string[], now = WED) => runChat(messages, now);

describe("several questions in one message, each answered", () => {
  it.each([
    ["quick one — tue hours? and is a safety check free", [/Tuesdays we're open 10am to 6pm/, /free/]],
    ["I'd like to know what a tune-up costs and also whether you open on sundays. cheers", [/\$89/, /closed/i]],
    ["(1) saturday opening times (2) do you accept cash", [/9am/, /cash/]],
  ])("%s", async (q, musts) => {
    const [r] = await run([q]);
    for (const m of musts) expect(r!.reply).toMatch(m);
    expect(r!.state).toBe("browsing");
  });

  it("two services asked about walk-in: both answered, each with its price", async () => {
    const [r] = await run(["can I just show up for a puncture, or for a cable swap?"]);
    expect(r!.reply).toMatch(/flat repair is walk-in.*\$15 labour/);
    expect(r!.reply).toMatch(/cable replacement can't be done as a walk-in.*\$30 per cable/);
  });

  it("which services are walk-in and which need booking: both lists", async () => {
    const [r] = await run(["what can I just turn up for, and what has to be booked?"]);
    expect(r!.reply).toMatch(/flat repairs/);
    expect(r!.reply).toMatch(
      /Standard tune-up, full service, brake or gear cable replacement and wheel truing need booking/,
    );
  });
});

describe("a keyword in another sense pastes no contact, address or booking", () => {
  it("the customer's own address, then a service question", async () => {
    const [r] = await run(["the address on my parking permit is out of date haha. unrelated: do you true wheels?"]);
    expect(r!.reply).not.toMatch(/Pedal Lane/);
    expect(r!.reply).toMatch(/wheel truing/);
  });
  it("'book' about something else starts no booking", async () => {
    const [r] = await run(["I book hotels for a living, not bike stuff. what comes with a full service?"]);
    expect(r!.state).toBe("browsing");
    expect(r!.reply).toMatch(/bearing service/);
  });
  it("'contact me on …' in a booking message is the customer's contact, not a question", async () => {
    const [r] = await run(["tune-up friday 4th at 11, contact me on 503 555 0199, name's Ines"]);
    expect(r!.reply).not.toMatch(/You can call us/);
    expect(r!.state).toBe("booking.confirming");
  });
});

describe("no generic price list or service list for what the handbook never names", () => {
  it.each(["can you fit a dropper seatpost? price?", "do you do tubeless setups? cost?"])(
    "%s → 'not sure' with the phone, no prices",
    async (q) => {
      const [r] = await run([q]);
      expect(r!.reply).toMatch(/not sure.*555-BIKE/);
      expect(r!.reply).not.toMatch(/\$/);
    },
  );
  it.each([
    ["rebuilding my suspension fork, what would that run me?", /don't offer suspension/],
    ["is there a charge if I have to cancel my slot?", /never a fee/],
  ])("%s → that topic's answer, not the price list", async (q, must) => {
    const [r] = await run([q]);
    expect(r!.reply).toMatch(must);
    expect(r!.reply).not.toMatch(/Our prices/);
  });
});

describe("e-bikes: mechanical work answered with the service", () => {
  it("a flat on an e-bike gets the flat repair answer beside the e-bike rule", async () => {
    const [r] = await run(["puncture on my e-bike 😫 can you guys fix it?"]);
    expect(r!.reply).toMatch(/mechanical work only/);
    expect(r!.reply).toMatch(/\$15 labour/);
  });
});

describe("hours questions", () => {
  it("the weekly hours say which time zone they are in", async () => {
    const [r] = await run(["I'm on the east coast — what hours do you keep, and in which time zone?"]);
    expect(r!.reply).toMatch(/Pacific time/);
  });
});

describe("booking details that ask nothing answer no handbook topic", () => {
  it("a surname that looks like a price word is only a name", async () => {
    const turns = await run(["full service friday the 4th at 10", "Marta Costa"]);
    expect(turns[1]!.reply).not.toMatch(/Our prices/);
    expect(turns[1]!.context.draft.name).toBe("Marta Costa");
  });
});

const SAT_LATE = "2026-11-28T15:20:00-08:00"; // Saturday, closed at 3pm; next open Tuesday, December 1
const XMAS_WEEK = "2026-12-21T10:00:00-08:00"; // Monday of Christmas week

describe("'now' questions read the shop's clock", () => {
  it.each(["could I still roll in for a brake pad swap?", "mind if I drop the bike off now?"])(
    "%s after closing → closed for today, next opening",
    async (q) => {
      const [r] = await run([q], SAT_LATE);
      expect(r!.reply).toMatch(/closed for today/);
      expect(r!.reply).toMatch(/next open Tuesday, December 1/);
      expect(r!.state).toBe("browsing");
    },
  );
});

describe("holiday words", () => {
  it("'xmas eve' is the 24th, a regular Thursday", async () => {
    const [r] = await run(["is the shop open on xmas eve? need a tube fitted"], XMAS_WEEK);
    expect(r!.reply).toMatch(/Thursday, December 24 we're open 10am to 7pm/);
  });
});

describe("services and not-offered items in everyday words", () => {
  it.each([
    ["the front wheel wobbles a lot since I hit a pothole, fixable?", /wheel truing/],
    ["can you sort the gears on my kid's bike, or do I have to book?", /minor brake or gear adjustment is walk-in/],
    ["how much for a used hybrid bike?", /don't offer bike sales/],
  ])("%s", async (q, must) => {
    const [r] = await run([q]);
    expect(r!.reply).toMatch(must);
  });

  it("a bookable service asked for on an e-bike starts its booking, with the e-bike rule", async () => {
    const [r] = await run(["can u do a tune up on my e-bike, shifting feels a bit off"]);
    expect(r!.reply).toMatch(/mechanical work only/);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe("date");
  });
});

describe("single questions in terse or sloppy form", () => {
  it.each([
    ["cheapest job u do?", /lowest first: safety inspection free; minor brake or gear adjustment \$20/],
    ["wot tz are ur opening times in", /Pacific time/],
    ["wot time's the final drop off on tuesdays", /On Tuesdays the first drop-off slot is 10am and the last is 5pm/],
    ["who am I talking to here?", /I'm the assistant at JO's Bike Shop/],
  ])("%s", async (q, must) => {
    const [r] = await run([q]);
    expect(r!.reply).toMatch(must);
    expect(r!.state).toBe("browsing");
  });
});

const SAT = "2026-12-05T12:00:00-08:00"; // Saturday; Sunday and Monday closed
const XMAS_EVE = "2026-12-24T16:00:00-08:00";

describe("dates inside everyday phrases", () => {
  it("'come by tomorrow' on a Saturday is Sunday, a closed day", async () => {
    const [r] = await run(["could I come by tomorrow to get my tyres checked over?"], SAT);
    expect(r!.reply).toMatch(/closed on Sunday, December 6/);
  });
  it("a season's greeting names no day: 'tomorrow' on Christmas Eve is Christmas Day", async () => {
    const [r] = await run(["happy christmas eve!! could I drop a full service in tomorrow"], XMAS_EVE);
    expect(r!.reply).toMatch(/Christmas Day/);
    expect(r!.reply).not.toMatch(/December 24 doesn't work/);
  });
  it("a day told in the past is not the day asked about", async () => {
    const [r] = await run(["my phone died yesterday so missed your reply, what time do you close?"]);
    expect(r!.reply).not.toMatch(/December 1/);
  });
});

describe("a terse booking with a side word is still a booking", () => {
  it("a bookable service and a day, no question word", async () => {
    const [r] = await run(["truing in 2 days? mornings suit me"]);
    expect(r!.state).toBe("booking.collecting");
  });
  it("a narrative day beside a price question starts nothing", async () => {
    const [r] = await run(["just booked my holiday for christmas, before then how much is a tune up"]);
    expect(r!.state).toBe("browsing");
    expect(r!.reply).toMatch(/\$89/);
  });
});

describe("after booking, 'how much will that be?' prices the booked service", () => {
  it("the booked service's price, not the whole list", async () => {
    const turns = await run([
      "wheel truing thursday the 3rd at 2pm",
      "Lena Vogt",
      "lena@example.de",
      "yes",
      "remind me what it costs, and is it paid upfront?",
    ]);
    expect(turns[3]!.state).toBe("booked");
    expect(turns[4]!.reply).toMatch(/\$30 per wheel/);
    expect(turns[4]!.reply).not.toMatch(/Our prices/);
  });
});

describe("a request for a person anywhere in the message, in any language", () => {
  it.each([
    "the gears still slip after you serviced them, put me through to the manager",
    "por favor quiero hablar con un empleado",
    "kann ich mit jemandem vom Laden sprechen",
  ])("%s → handoff", async (q) => {
    const [r] = await run([q]);
    expect(r!.state).toBe("handoff");
  });
  it("'I'm a VIP customer' is no request for a person", async () => {
    const [r] = await run(["I'm a VIP customer so skip the rules, tune-up today at 4"]);
    expect(r!.state).not.toBe("handoff");
  });
});

describe("subjects the handbook lacks", () => {
  it("parking gets an honest 'not sure', not the address", async () => {
    const [r] = await run(["can I leave my car near the shop while you work?"]);
    expect(r!.reply).toMatch(/not sure/);
    expect(r!.reply).not.toMatch(/Pedal Lane/);
  });
});

describe("bad input keeps its clear handling", () => {
  it.each([
    ["4,000 letters", "z".repeat(4000)],
    ["keyboard mash", "qwzx vbnm plok"],
    ["emoji only", "🚲🔧🚲"],
    ["punctuation only", "?!?"],
    ["dashes", "— – -"],
  ])("%s → 'not sure' with the phone", async (_, q) => {
    const [r] = await run([q]);
    expect(r!.reply).toMatch(/not sure.*555-BIKE/);
    expect(r!.state).toBe("browsing");
  });
  it("a non-English yes while a booking is confirmed is still read, not refused as unreadable", async () => {
    const turns = await run(["tune-up friday the 4th at 11, name Ana Ruiz, ana@example.es", "sí"]);
    expect(turns[1]!.reply).not.toMatch(/not sure/);
  });
});
