import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Round 10, answer side: each mechanism with phrasings of our own (not the held-out or dev sets').
const THU = "2026-10-08T11:00:00-07:00"; // Thursday 10am–7pm
const HONEST = /not sure/;
const PHONE = /555-BIKE/;

const ask = async (message: string) => (await runChat([message], THU))[0]!;

describe("a question about a thing the handbook does not cover is answered honestly, not with a near keyword's fact", () => {
  it.each([
    "is there somewhere to park a car near you?",
    "where can I park the van when I drop the bike off",
    "whereabouts do I park when I come in?",
    "is the parking free or do I have to pay for it",
    "could my bike stay at yours overnight till monday",
    "do you do vouchers I could give my dad for his birthday",
    "would you guys buy my old hybrid? thinking of selling it",
    "can I sell you my kid's old bmx",
  ])("%s", async (message) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(HONEST);
    expect(reply).toMatch(PHONE);
  });

  it.each([
    ["what do you charge for a flat?", /\$15/],
    ["can I pay with my card at pickup", /card or cash/],
    ["where exactly is the shop", /456 Pedal/],
    ["do you sell bikes at all?", /parts and accessories/],
  ])("a covered question is still answered: %s", async (message, fact) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(fact);
    expect(reply).not.toMatch(HONEST);
  });
});

describe("suspension and e-bike electrics are read by what the thing is", () => {
  it.each([
    ["my rockshox pike is losing oil from the wiper seals, can you sort it", /suspension/],
    ["could you rebuild the damper on my rear shock", /suspension/],
    ["my bosch ebike shows a flashing error and won't assist, can you look at it", /dealer/],
  ])("%s", async (message, referral) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(/don't offer/);
    expect(reply).toMatch(referral);
  });
});

describe("recall of the bot's own earlier answers in the same conversation", () => {
  it("an ordinal picks the earlier price the bot gave", async () => {
    const replies = await runChat(
      ["how much to true a wheel?", "and a flat fix?", "hmm what was the first price you gave me"],
      THU,
    );
    expect(replies[2]!.reply).toMatch(/\$30/);
    expect(replies[2]!.reply).not.toMatch(HONEST);
  });

  it("what the booked service includes comes from that booking, not the booking lookup alone", async () => {
    const replies = await runChat(
      [
        "book a full service for saturday at 10, name Lena Park, lena@example.org",
        "yes",
        "what did I just book, what does it cover again?",
      ],
      THU,
    );
    expect(replies[2]!.reply).toMatch(/bearing service/);
  });
});

describe("a terse asking clause naming a shop fact by its word is answered beside the rest", () => {
  it.each([
    ["how much is a tune-up? card fine?", /\$89/, /card or cash/],
    ["wheel truing, what does it cost? and email?", /\$30/, /info@josbikeshop/],
  ])("%s", async (message, first, second) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(first);
    expect(reply).toMatch(second);
  });
});

describe("may I bring a thing back: the returns answer says what the customer can do, with its conditions", () => {
  it.each([
    "the lights I got here are the wrong size, still boxed. am I able to return them?",
    "got a bell from you guys, wrong one and never fitted — can I return it for a different one?",
  ])("%s", async (message) => {
    const { reply } = await ask(message);
    expect(reply).toMatch(/you can return unused/i);
    expect(reply).toMatch(/30 days/);
    expect(reply).toMatch(/receipt/);
  });
});
