import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { policyClaims } from "./policy-claims";

/** The booking stances of the last reply, each once (a customer's assumption the yes adopts may state it again). */
const booking = (...texts: string[]) => {
  const t = convo(texts, "2026-06-03T10:00:00-07:00");
  const stances = policyClaims(assistantTurns(t).at(-1)!, t.now, handbook)
    .claims.filter((c) => c.kind === "booking")
    .map((c) => JSON.stringify([c.service, c.value]));
  return [...new Set(stances)].map((s) => JSON.parse(s) as [string, string]);
};

describe("polarAnswerClaims: a bare yes or no takes its stance from the customer's question", () => {
  it.each([
    [["cable replacement, walk in ok?", "Yep, that works!"], [["cable", "walk_in"]]],
    [["can I come in without an appointment for truing?", "**Absolutely.**"], [["truing", "walk_in"]]],
    [["do I need to book for a flat?", "I think so, yes."], [["flat_repair", "required"]]],
    [["do I need to book for truing?", "Nope — see you soon."], [["truing", "walk_in"]]],
    // A booking question worded as its denial asks whether a walk-in is fine: yes agrees it is, no says to book.
    [["so I don't need to book for brake pads?", "Correct — just walk in."], [["brake_pads", "walk_in"]]],
    [["truing, no reservation required?", "That's right!"], [["truing", "walk_in"]]],
    [["a tune-up doesn't need an appointment, does it?", "Nope, it does need one."], [["tune_up", "required"]]],
    // The service comes from the conversation when the question names none.
    [
      ["tune-up price?", "A standard tune-up is $89.", "can I just drop by with it?", "Sure thing!"],
      [["tune_up", "walk_in"]],
    ],
  ])("%j", (texts, expected) => {
    expect(booking(...texts)).toEqual(expected);
  });

  it.each([
    [["can I walk in with a flat or should I book?", "Yes!"]],
    [["can I walk in for a tune-up?", "Sure, but only for the safety check."]],
    [["is the shop open today?", "Yes, until 6."]],
    [["flat and truing, walk in ok?", "Yes."]],
    // The last reply laid out two services with different rules: which one "just walking in" is for is not said.
    [
      [
        "my gears skip",
        "A quick gear adjustment is walk-in, $20. If it needs more, a standard tune-up is $89 and booked ahead.",
        "ok I'll just walk in, fine this afternoon?",
        "Sure, see you then.",
      ],
    ],
  ])("no stance from an unclear question, a qualified answer or another topic: %j", (texts) => {
    expect(booking(...texts)).toEqual([]);
  });

  it("a reply with its own stance is read for that stance, not the yes", () => {
    expect(booking("can I walk in for truing?", "Sure — truing needs a booking, though.")).toEqual([
      ["truing", "required"],
    ]);
  });
});
