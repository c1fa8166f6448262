import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Round 9, answer side: each mechanism with phrasings of our own (not the held-out or dev sets').
const WED = "2026-12-09T11:00:00-08:00"; // Wednesday 10am–6pm
const ADDRESS = /456 Pedal/;
const PHONE = /555-BIKE/;

const ask = async (message: string, now = WED) => (await runChat([message], now))[0]!;

describe("a shop-fact word about the customer's own thing, or only told, pastes no shop fact", () => {
  it.each([
    ["my home address changed last month — do you fix flats?", /flat repair/, ADDRESS],
    ["the postcode on my insurance form is out of date, anyway can you look at my brakes", /brake|adjust/i, ADDRESS],
    ["my sister's phone is broken so I'm messaging from hers. what time do you close saturday?", /3pm/, /info@/],
    ["card got declined at the other place lol. you guys do flat fixes?", /flat repair/, /by card or cash/],
  ])("%s", async (message, answered, notPasted) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(answered);
    expect(reply).not.toMatch(notPasted);
  });

  it.each([
    ["what's your number, my phone is about to die", PHONE],
    ["can my wife pay cash when she picks it up?", /card or cash/],
    ["lol my legs need a service more than the bike. anyway what's the address", ADDRESS],
  ])("the shop's own, or asked with no owner, is answered: %s", async (message, fact) => {
    expect((await ask(message)).reply).toMatch(fact);
  });
});

describe("a question in statement order is a question ('I can pay with card?')", () => {
  it.each([
    ["hiya. what time do you open thursday? also, we need to book for a flat?", /10am/, /walk-in|no booking/],
    ["Good morning, Saturday hours please? And I can pay by cash?", /9am/, /cash/],
  ])("%s", async (message, first, second) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(first);
    expect(reply).toMatch(second);
  });
});

describe("each sentence of a reply is said once", () => {
  it("a walk-in for a day and that day's hours asked together give the hours once", async () => {
    const { reply } = await ask("could I bring a puncture in this friday, and what time do you shut then?");
    expect(reply.match(/we're open 10am to 6pm/g)?.length).toBe(1);
  });
});

describe("an e-bike talked about just before makes a bare electrical part electrical work", () => {
  it.each([
    ["got an electric commuter, do you service those?", "the display keeps flickering, can you have a look?"],
    ["do you do e-bike brakes?", "ok and the speed sensor is dead, can you replace it?"],
  ])("%s → %s", async (first, second) => {
    const [, answer] = await runChat([first, second], WED);
    expect(answer!.reply).toMatch(/dealer/);
  });
});

describe("which of two times or days is better to come: the busy times answer it", () => {
  it.each([
    "for a brake adjustment, is 10:30 or 2:30 better on thursday?",
    "is tuesday or saturday quieter for a walk-in flat fix?",
    "should i come in the morning or the afternoon for a safety check, what do you recommend?",
  ])("%s", async (message) => {
    const { reply, state } = await ask(message);
    expect(reply).toMatch(/afternoons after 2pm are the quietest/);
    expect(state).toBe("browsing");
  });
});

describe("leaving the choice of day to the shop is a booking, not the busy-times question", () => {
  it.each([
    "could you fit a wheel truing in friday or saturday, whichever suits you",
    "id like a full service next tuesday or wednesday, whatever's easier for you guys",
  ])("%s", async (message) => {
    const { reply, state } = await ask(message);
    expect(state).toBe("booking.collecting");
    expect(reply).not.toMatch(/the quietest/);
  });
});

describe("a service named with a one-letter slip is booked", () => {
  it.each([
    ["i want to book a ful service", /full service \(\$179\)/],
    ["can I book in a tun up for next week", /tune-up \(\$89\)/],
  ])("%s", async (message, named) => {
    const { reply, state } = await ask(message);
    expect(reply).toMatch(named);
    expect(state).toBe("booking.collecting");
  });
});

describe("what a named service involves, asked beside its price, is answered too", () => {
  it.each([
    ["what's a full service cost, and what's actually in it?", /bearing service/],
    ["tune-up: how much, and what does the mechanic do in one?", /gear indexing/],
  ])("%s", async (message, inclusion) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(inclusion);
  });
});

describe("'close' of nearness is no closing time", () => {
  it.each(["is there a tram stop close to the shop?", "closest place to lock my car near you?"])(
    "%s",
    async (message) => {
      const { reply } = await ask(message);
      expect(reply).not.toMatch(/we're open|Tuesday 10am/);
    },
  );
});

describe("every part of a multi-question is answered, none from a clause of function words only", () => {
  it("a money question about a policy is that policy, beside another question", async () => {
    const { reply } = await ask("is there a charge if I cancel? also what's the shop email");
    expect(reply).toMatch(/never a fee/);
    expect(reply).toMatch(/info@/);
  });

  it("'what do I do' after an e-bike fault adds no policy template", async () => {
    const { reply } = await ask("my e-bike display is showing a weird code, what should I do?");
    expect(reply).toMatch(/dealer/);
    expect(reply).not.toMatch(/Cancel free|Labour is not/);
  });
});

describe("the shop's own said as 'yours' beside the customer's is asked", () => {
  it("my hours are X, what about yours on a day", async () => {
    const { reply } = await ask("my shift hours are 7-3, what about yours on thursday?");
    expect(reply).toMatch(/7pm/);
  });
});

describe("a follow-up pointing back ('what does it cost?') is about the service asked before", () => {
  it("price of 'it' after asking how long a brake pad job takes", async () => {
    const [, second] = await runChat(
      ["how long do new brake pads take, can I wait for them?", "ok cool, and what's it cost?"],
      WED,
    );
    expect(second!.reply).toMatch(/\$25 per wheel/);
    expect(second!.reply).not.toMatch(/lowest first/);
  });
});

describe("time gone by is no job's duration; a late opening is the hours", () => {
  it("'how long have you been in business' is not known", async () => {
    const { reply } = await ask("how long have you guys been in business?");
    expect(reply).toMatch(PHONE);
    expect(reply).not.toMatch(/business days|while you wait/);
  });

  it.each(["what's your email, and is there an evening you open late?", "any early opening day? I start work at 8"])(
    "%s",
    async (message) => {
      expect((await ask(message)).reply).toMatch(/Thursday 10am–7pm|10am to 7pm/);
    },
  );
});

describe("asking for a person in other words is a handoff", () => {
  it.each(["could you put me through to a mechanic please", "just connect me with somebody at the shop"])(
    "%s",
    async (message) => {
      expect((await ask(message)).state).toBe("handoff");
    },
  );
});

describe("a thing no service names, asked beside a known question: the known part answered, the rest 'I don't know'", () => {
  it.each([
    ["what would it cost to fit a rear rack, and what time do you open friday?", /10am/],
    ["could you mount a phone holder? also what's your street address", /456 Pedal/],
    ["got any gift cards? and do you take card payments", /card or cash/],
  ])("%s", async (message, known) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(known);
    expect(reply).toMatch(PHONE);
    expect(reply).not.toMatch(/lowest first/);
  });

  it("a price question about a part the handbook never prices gets no price list", async () => {
    const { reply } = await ask("how much would a new cassette be, roughly?");
    expect(reply).toMatch(PHONE);
    expect(reply).not.toMatch(/lowest first/);
  });
});

describe("a short question pointing back asks about what was told before it", () => {
  it.each([
    ["we'd settle up with cash on collection, is that ok?", /card or cash/],
    ["my friend's address is around the corner from you, is the shop on pedal lane?", /456 Pedal/],
  ])("%s", async (message, answered) => {
    expect((await ask(message)).reply).toMatch(answered);
  });
});
