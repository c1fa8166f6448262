import { describe, expect, it } from "vitest";
import { handbook as h } from "../../knowledge-base/index";
import type { ChatMessage } from "../schema";
import { daysNamed, recallReply } from "./recall-reply";

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

describe("recallReply: a day or a place named in the question picks what was said about it", () => {
  const hours = said(
    [
      "open on the 2nd and the 4th?",
      "Yes — on Tuesday, March 2 we're open 10am to 6pm. Yes — on Thursday, March 4 we're open 10am to 7pm.",
    ],
    ["where are you based", "We're at 456 Pedal Lane, Portland, OR 97201."],
  );
  it.each([
    ["what time did you say you shut on the 4th?", "7pm", "6pm"],
    ["remind me, the tuesday closing time was what again", "6pm", "7pm"],
    ["which road was the shop on again?", "Pedal Lane", "7pm"],
  ])("%s → %s", (message, part, not) => {
    const reply = recallReply(h, message, hours) ?? "";
    expect(reply).toContain(part);
    expect(reply).not.toContain(not);
  });

  it("daysNamed reads weekdays and days of the month, not clock times", () => {
    expect(daysNamed("the 4th").map((r) => r.test("Thursday, March 4 at 9am"))).toEqual([true]);
    expect(daysNamed("at 4:30")).toEqual([]);
    expect(daysNamed("friday")[0]!.test("Friday, May 8")).toBe(true);
  });
});

describe("recallReply: an amount, a one-word service or a closing time picks the sentence that said it", () => {
  const talk = said(
    ["price of the big service", "A full service is $179. It needs to be booked at least a day ahead."],
    ["what about the standard one", "A standard tune-up is $89. It needs to be booked at least a day ahead."],
    [
      "open saturday?",
      "Yes — on Saturdays we're open 9am to 3pm. Expect a wait in the morning rush right after opening; weekday afternoons after 2pm are the quietest.",
    ],
  );
  it.each([
    ["hold on, the $89 was for which service again?", "tune-up", "$179"],
    ["so the 179 was the big one, did you say?", "full service", "$89"],
    ["what did you quote me for the full one again", "$179", "$89"],
    ["what did you say a tune-up was again?", "$89", "$179"],
    ["remind me when you said you shut on saturday", "3pm", "2pm"],
  ])("%s → %s", (message, part, not) => {
    const reply = recallReply(h, message, talk) ?? "";
    expect(reply).toContain(part);
    expect(reply).not.toContain(not);
  });

  it("a question whether anything got booked, after the booking was stopped, recalls that nothing was", () => {
    const stopped = said(["forget it, maybe next month", "Okay, I've stopped that booking — nothing was booked."]);
    expect(recallReply(h, "so did I actually book something or not?", stopped)).toContain("nothing was booked");
    expect(recallReply(h, "have we booked it then?", stopped)).toContain("nothing was booked");
  });

  it("who the bot sent the customer to is the sentence that referred them", () => {
    const referred = said([
      "my e-bike motor cuts out",
      "Sorry, we don't offer e-bike motor repair (please contact your e-bike brand's dealer). E-bikes get mechanical work only.",
    ]);
    expect(recallReply(h, "who did you tell me to go to for that again?", referred)).toContain("dealer");
  });
});
