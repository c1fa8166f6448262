import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Round 11, conversation side: each mechanism with phrasings of our own (not the held-out or dev sets').
const WED = "2026-10-07T11:00:00-07:00"; // Wednesday

describe("a chain of follow-ups keeps the question that opened it", () => {
  it("price, then 'and …?' twice: the third is a price too, no booking is started", async () => {
    const turns = await runChat(["what do brake pads cost?", "and a cable?", "ok and a full service?"], WED);
    expect(turns[2]!.reply).toMatch(/\$179/);
    expect(turns[2]!.state).toBe("browsing");
  });
});

describe("a question about what the bot said is answered from its earlier replies", () => {
  it("no booking made: 'what time did you say …' quotes the earlier answer, no look-up", async () => {
    const turns = await runChat(
      ["when is it quietest to bring a flat in?", "is the tube extra?", "sorry, what time did you say was best?"],
      WED,
    );
    expect(turns[2]!.reply).toMatch(/2pm/);
    expect(turns[2]!.state).toBe("browsing");
    expect(turns[2]!.reply).not.toMatch(/what name/i);
  });
});

describe("at the confirmation, a question checking the details is read back, not taken as yes", () => {
  it("'that's the Friday, right?' reads the booking back; the yes after it books", async () => {
    const turns = await runChat(
      ["tune-up friday at 2pm", "Ines Duarte", "ines@example.pt", "hang on, that's friday the 9th, right?", "yes"],
      WED,
    );
    expect(turns[3]!.state).toBe("booking.confirming");
    expect(turns[3]!.reply).toMatch(/Friday, October 9/);
    expect(turns[4]!.state).toBe("booked");
  });
});

describe("a booking's progress asked mid-way, and a name spelt back", () => {
  it("'where were we?' reads back the draft and asks the next detail", async () => {
    const turns = await runChat(["I'd like a wheel truing", "thursday", "sorry, where were we?"], WED);
    expect(turns[2]!.reply).toMatch(/wheel truing/);
    expect(turns[2]!.reply).toMatch(/Thursday, October 8/);
    expect(turns[2]!.state).toBe("booking.collecting");
  });

  it("'could you read my name back?' gives the name held", async () => {
    const turns = await runChat(
      ["full service thursday 11am", "Siobhán Ó Murchú", "could you read my name back?"],
      WED,
    );
    expect(turns[2]!.reply).toMatch(/Siobhán Ó Murchú/);
  });

  it("the service pointed to by its order is booked", async () => {
    const turns = await runChat(["what's a cable replacement cost?", "and a tune-up?", "book the first one"], WED);
    expect(turns[2]!.state).toBe("booking.collecting");
    expect(turns[2]!.reply).toMatch(/cable replacement/);
  });
});

describe("a shop word in another sense brings no template", () => {
  it.each([
    ["my whole week has felt flat tbh. what does a cable replacement cost?", /\$30/, /\$15|tube/],
    ["my battery's empty after a night shift at the depot, can I book a tune-up saturday?", /Saturday/, /dealer/],
  ])("%s", async (message, fact, not) => {
    const [turn] = await runChat([message], WED);
    expect(turn!.reply).toMatch(fact);
    expect(turn!.reply).not.toMatch(not);
  });
});
