import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Round 13, answer side: each mechanism with phrasings of our own (not the held-out or dev sets').
const TUE = "2026-05-12T15:00:00-07:00"; // Tuesday 10am–6pm, mid-afternoon

describe("asking back about what was said or chosen never moves the conversation", () => {
  it("a choice between two closing times is answered from the hours, nothing is booked", async () => {
    const turns = await runChat(["when do you shut on fridays?", "hmm was it 6 or 7 you said for friday?"], TUE);
    expect(turns.at(-1)!.reply).toMatch(/6pm/);
    expect(turns.at(-1)!.state).toBe("browsing");
  });

  it.each([
    "hang on, did we go for the full service or the tune up?",
    "just to confirm is it wednesday or thursday I'm coming?",
    "what's the date of that again, for my diary",
  ])("right after booking, %s reads the booking back", async (question) => {
    const turns = await runChat(["full service wednesday 2pm, Ana Ruiz, ana.r@mail.com", "yes", question], TUE);
    expect(turns.at(-1)!.state).toBe("booked");
    expect(turns.at(-1)!.reply).toMatch(/full service/i);
    expect(turns.at(-1)!.reply).toMatch(/May 13/);
  });

  it("the bot's words asked again with no booking here are answered afresh, no name asked", async () => {
    const turns = await runChat(
      ["opening hours saturday?", "ok remind me, what did you say saturday opening was"],
      TUE,
    );
    expect(turns.at(-1)!.reply).toMatch(/9am/);
    expect(turns.at(-1)!.state).toBe("browsing");
  });

  it("a booking only supposed in order to ask about it is answered, not started", async () => {
    const [turn] = await runChat(["say we drop a bike off on thursday for a tune-up, when would it be ready?"], TUE);
    expect(turn!.reply).toMatch(/2 business days/);
    expect(turn!.state).toBe("browsing");
  });
});

describe("a booking the customer holds and cannot keep is called off, with the fee fact", () => {
  it.each([
    "something came up and I won't make my 11am tomorrow, do I have to pay anything?",
    "my brake cable job is booked for tomorrow at 9 but I can't make it. any charge??",
  ])("%s", async (message) => {
    const [turn] = await runChat([message], TUE);
    expect(turn!.reply).toMatch(/555-BIKE/);
    expect(turn!.reply).toMatch(/no fee/);
    expect(turn!.state).toBe("browsing");
  });

  it("a cancellation only supposed gets the policy, no hand-off", async () => {
    const [turn] = await runChat(["if i cant make my appointment next week is there a fee"], TUE);
    expect(turn!.reply).toMatch(/free of charge|no fee|never a fee/i);
    expect(turn!.state).not.toBe("handoff");
  });
});

describe("each question of a message gets its answer", () => {
  it("a service asked beside an item not offered is answered with its price", async () => {
    const [turn] = await runChat(["my e-bike display keeps flickering, and could you true the back wheel too?"], TUE);
    expect(turn!.reply).toMatch(/don't offer/);
    expect(turn!.reply).toMatch(/\$30 per wheel/);
  });

  it("goods handed back after a question about a service get the returns policy", async () => {
    const [turn] = await runChat(
      ["what's in the full service. if i buy a saddle and don't like it can we swap it for another"],
      TUE,
    );
    expect(turn!.reply).toMatch(/bearing/);
    expect(turn!.reply).toMatch(/receipt/);
  });

  it.each(["what kind of gravel bikes do you carry?", "kids bikes in stock? my daughter is 7"])(
    "a bike asked for as stock: %s gets the parts-only answer",
    async (message) => {
      const [turn] = await runChat([message], TUE);
      expect(turn!.reply).toMatch(/parts and accessories/);
    },
  );
});

describe("a follow-up keeps the subject of the question it follows", () => {
  it("pressing for a rough price of a thing the bot does not know stays 'I don't know'", async () => {
    const turns = await runChat(["what would a dropper post install cost?", "ok but roughly?"], TUE);
    expect(turns.at(-1)!.reply).toMatch(/not sure/);
    expect(turns.at(-1)!.reply).not.toMatch(/\$89/);
  });

  it("what the shop can do, asked after a refusal, is the services answer", async () => {
    const turns = await runChat(["can you rebuild my rear shock?", "fair enough, so what do you guys fix then?"], TUE);
    expect(turns.at(-1)!.reply).toMatch(/tune-ups/);
  });
});
