import { describe, expect, it } from "vitest";
import { handbook as h } from "../../knowledge-base/index";
import type { ChatMessage } from "../schema";
import { recallReply } from "./recall-reply";

const said = (...xs: [string, string][]): ChatMessage[] =>
  xs.flatMap(([user, bot]) => [
    { role: "user" as const, content: user },
    { role: "assistant" as const, content: bot },
  ]);

const prices = said(
  ["cost of truing one wheel?", "Wheel truing is $30 per wheel. It needs to be booked at least a day ahead."],
  ["what about new brake pads", "Brake pad replacement is $25 per wheel plus pads. No booking needed."],
);

describe("recallReply: the bot's own earlier words answer a question pointing back at them", () => {
  it.each([
    ["hang on, what did you quote for the first one?", "$30 per wheel"],
    ["the price you mentioned earlier for truing, what was it again", "$30 per wheel"],
    ["how much did you say the pads were?", "$25 per wheel plus pads"],
    ["and the second price you gave me?", "$25 per wheel plus pads"],
  ])("%s → quotes %s", (message, part) => {
    expect(recallReply(h, message, prices)).toContain(part);
  });

  it("what the service just booked covers comes from that service's handbook entry", () => {
    const history = said([
      "yes please",
      "You're booked! Reference BK-1A2B3C: full service ($179), drop-off Friday, March 6 at 11am, under Ana Lima.",
    ]);
    const reply = recallReply(h, "what does the thing we booked cover, remind me?", history);
    expect(reply).toContain("full service");
    expect(reply).toContain("bearing service");
  });

  it("two things asked back are both recalled", () => {
    const history = said([
      "ok go ahead",
      "You're booked! Reference BK-9Z8Y7X: wheel truing ($30 per wheel), drop-off Friday, May 8 at 2pm, under Kim Ho. It will be done at your drop-off appointment.",
    ]);
    const reply = recallReply(h, "what was the price again, and the time I picked?", history) ?? "";
    expect(reply).toContain("$30 per wheel");
    expect(reply).toContain("2pm");
  });

  it("the shop's number said earlier is quoted back", () => {
    const history = said(["who do I talk to", "Please call us on (503) 555-BIKE or email info@josbikeshop.com."]);
    expect(recallReply(h, "sorry which number did you tell me to ring?", history)).toContain("(503) 555-BIKE");
  });

  it.each([
    ["how much is a full service?", prices],
    ["what did you say the price was?", []],
    ["what's your email", prices],
  ])("nothing to recall: %s", (message, history) => {
    expect(recallReply(h, message, history)).toBeNull();
  });
});
