import { describe, expect, it } from "vitest";
import { handbook as h } from "../../knowledge-base/index";
import type { ChatMessage } from "../schema";
import { understandOffline } from "./understand-offline";

const said = (...xs: [string, string][]): ChatMessage[] =>
  xs.flatMap(([user, bot]) => [
    { role: "user" as const, content: user },
    { role: "assistant" as const, content: bot },
  ]);

const read = (message: string, history: ChatMessage[], state = "browsing") =>
  understandOffline(h, { message, state, expecting: null, history, now: "2026-06-18T12:00:00-07:00" }).intent;

const talk = said(
  ["how much to true a wheel", "Wheel truing is $30 per wheel. It needs to be booked at least a day ahead."],
  ["and your phone?", "You can call us on (503) 555-BIKE or email info@josbikeshop.com."],
);

describe("a question about what the bot said earlier is answered, not a booking look-up", () => {
  it.each([
    "sorry, what was that phone number again?",
    "the 30 — was that each wheel?",
    "what did you say truing was again",
  ])("%s → question", (message) => {
    expect(read(message, talk)).toBe("question");
  });

  it("after a booking was stopped, asking whether anything got booked is answered from the conversation", () => {
    const stopped = said(
      ["tune-up friday", "What time on Friday?"],
      ["actually forget it", "Okay, I've stopped that booking — nothing was booked."],
    );
    expect(read("hang on, did I book anything in the end?", stopped)).toBe("question");
  });

  it("a question about one's own booking still looks it up", () => {
    expect(read("what time is my booking again?", talk)).toBe("recall_booking");
  });
});
