import { describe, expect, it } from "vitest";
import { adoptedStatement } from "../claims/adopted-claims";
import { scoreTranscript } from "./score-transcript";
import { convo, fired } from "./test-support";

// A customer's assumption the reply agrees to ("…, right?" — "Yep!") is checked as the reply's own claim.
describe("a wrong assumption the reply agrees to fails the check of its kind", () => {
  it.each([
    ["ur saturday hours are 9 to 5 right?", "Yep! See you then.", "bad_data:check-hours-claims@1"],
    [
      "the full service is like $150, correct?",
      "That is right, and it includes new cables and housing.",
      "bad_data:check-prices@1",
    ],
    ["deposit is $20 to hold a booking yeah?", "Yup, it comes off the final bill.", "policy_confusion:check-payment@1"],
    [
      "cancelling is free up to 48 hours before, right?",
      "Correct! Just let us know.",
      "policy_confusion:check-cancellation@1",
    ],
    ["the tune up takes about a week, is that right?", "Yes, that's about right.", "bad_data:check-durations@1"],
    ["I think you're closed wednesdays?", "You're right — see you another day!", "bad_data:check-hours-claims@1"],
  ])("%s → %s", (user, reply, key) => {
    expect(fired(scoreTranscript(convo([user, reply])).failures)).toContain(key);
  });
});

describe("agreeing with a true assumption, or qualifying the yes, adopts nothing wrong", () => {
  it.each([
    ["thursday you're open till 7, right?", "Yep, Thursday is our late night."],
    ["the tune-up is $89, right?", "That's right, and it includes wheel truing."],
    ["you close at 5 on saturdays right?", "Yes, we're open Saturdays, but we close at 3, not 5."],
    ["tune up is $75 right?", "Yes! Actually it's $89 now."],
    ["are you open monday? it's your day off I think", "You're right — we're closed Mondays."],
    ["can I book a tune-up for tuesday at 10, is that ok?", "Yes! Could I get your name and phone number?"],
  ])("%s → %s", (user, reply) => {
    expect(scoreTranscript(convo([user, reply])).failures).toEqual([]);
  });
});

describe("adoptedStatement", () => {
  it("puts the customer's words in the shop's voice, tag and question mark off", () => {
    expect(adoptedStatement("Yep!", "you guys close at 4 on saturdays, yeah?")).toBe(
      "we guys close at 4 on saturdays.",
    );
  });
  it("takes nothing from two questions at once or from a request", () => {
    expect(adoptedStatement("Yes!", "is it $20? and do you close at 6?")).toBeNull();
    expect(adoptedStatement("Sure!", "can i book a flat fix at 3, right?")).toBeNull();
  });
});

describe("a reply giving its own figure of the same kind answers with it", () => {
  it.each([
    ["Do you open at 9 on Wednesday?", "Yes — on Wednesdays we're open 10am to 6pm."],
    ["full service is $150 right?", "Yes, the full service is $179 and includes new cables."],
  ])("%s → %s", (user, reply) => {
    expect(adoptedStatement(reply, user)).toBeNull();
  });
});

describe("assumptions asked in other shapes: slang tags, a statement with a question mark, 'sure are'", () => {
  it.each([
    ["u shut at 4 on saturdays rite?", "Yup, that's it!", "bad_data:check-hours-claims@1"],
    ["so a safety check is $15?", "That's right — about 15 minutes.", "policy_confusion:check-inspection-fee@1"],
    ["you guys are open sundays, yeah?", "Sure are! Come on by.", "bad_data:check-hours-claims@1"],
    ["returns are 90 days right?", "Yes, with your receipt.", "policy_confusion:check-refunds@1"],
  ])("%s → %s", (user, reply, key) => {
    expect(fired(scoreTranscript(convo([user, reply])).failures)).toContain(key);
  });
  it("a yes whose only 'no' is the customer's own words still agrees", () => {
    expect(adoptedStatement("Correct, no deposit at all.", "I read there's no deposit for bookings?")).toBe(
      "there's no deposit for bookings.",
    );
  });
});

describe("a tag without a question mark, and a yes said as 'absolutely' / 'of course'", () => {
  it.each([
    ["ok and it's $60 for the tune up right", "Absolutely! See you soon.", "bad_data:check-prices@1"],
    ["you're open sunday right?", "Of course!", "bad_data:check-hours-claims@1"],
  ])("%s → %s", (user, reply, key) => {
    expect(fired(scoreTranscript(convo([user, reply])).failures)).toContain(key);
  });
  it("'absolutely not' adopts nothing", () => {
    expect(adoptedStatement("Absolutely not, parts and accessories only.", "you sell bikes right?")).toBeNull();
  });
});
