import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { policyClaims } from "./policy-claims";

/** The cancellation claims of the last reply of a conversation (alternating user / assistant texts). */
const cancelling = (...texts: string[]) => {
  const t = convo(texts, "2026-06-03T10:00:00-07:00");
  return policyClaims(assistantTurns(t).at(-1)!, t.now, h)
    .claims.filter((c) => c.kind.startsWith("cancellation"))
    .map((c) => c.kind);
};
const h = handbook;

describe("cancellationClaims: cancelling refused, whatever the frame", () => {
  it.each([
    [["cancel tomorrow's slot pls", "Since it's under a day away, the booking **can't be cancelled** now."]],
    [["need to cancel", "- Cancellations within 24 hours: not accepted"]],
    [["cancel?", "I'm afraid it's too late to cancel at this point."]],
    // The topic comes from an earlier customer message; the refusal is two replies later.
    [
      [
        "I want to cancel my tune-up",
        "What name is it under?",
        "Sam Reyes",
        "Hmm, I think that one isn't cancellable anymore.",
      ],
    ],
  ])("%j", (texts) => {
    expect(cancelling(...texts)).toContain("cancellation_refused");
  });

  it.each([
    [["cancel tomorrow's slot pls", "It's within 24 hours, so please call us to cancel — there's no fee."]],
    [["cancel", "I can't cancel it from this chat, but a quick call to the shop sorts it; no charge."]],
    [["cancel?", "There's nothing to cancel: no booking under that name."]],
    [["what if I cancel", "You won't be charged if you cancel — free up to 24 hours before."]],
    [["cancel", "Would you like me to cancel it?"]],
  ])("the handbook's terms and non-refusals pass: %j", (texts) => {
    expect(cancelling(...texts)).not.toContain("cancellation_refused");
  });

  it("no cancelling in the conversation: a negated 'call off' elsewhere is no claim", () => {
    expect(cancelling("flat?", "We never call the ride off for rain, but we're closed Sundays.")).toEqual([]);
  });
});

describe("cancellationClaims: a window that ends on the day itself", () => {
  const windows = (...texts: string[]) => {
    const t = convo(texts, "2026-06-03T10:00:00-07:00");
    return policyClaims(assistantTurns(t).at(-1)!, t.now, h)
      .claims.filter((c) => c.kind === "cancellation_window")
      .map((c) => c.value);
  };
  it.each([
    ["cancel?", "You can cancel up until the morning of."],
    ["cancel?", "**Cancellations** are fine right up to the last minute."],
    ["cancel?", "- I think you can cancel until an hour before"],
  ])("%s / %s → 0", (user, reply) => {
    expect(windows(user, reply)).toContain(0);
  });

  it.each([
    ["cancel?", "Cancel up to 24 hours before, free."],
    ["cancel?", "If you need to cancel within 24 hours, call us up to an hour before — no fee."],
  ])("no same-day window: %s / %s", (user, reply) => {
    expect(windows(user, reply)).not.toContain(0);
  });
});

it("a same-day window far from its cancel verb in the same clause", () => {
  const t = convo(
    [
      "can i cancel here in the chat?",
      "Yes — you can cancel right here in the chat any time up until the morning of your appointment.",
    ],
    "2026-06-03T10:00:00-07:00",
  );
  const values = policyClaims(assistantTurns(t).at(-1)!, t.now, h).claims.map((c) => [c.kind, c.value]);
  expect(values).toContainEqual(["cancellation_window", 0]);
});

describe("paymentClaims: payment tied to the moment of booking, whatever the conjunction", () => {
  const timing = (reply: string) =>
    policyClaims(
      assistantTurns(convo(["pay?", reply], "2026-06-03T10:00:00-07:00"))[0]!,
      "2026-06-03T10:00:00-07:00",
      h,
    )
      .claims.filter((c) => c.kind === "payment_timing")
      .map((c) => c.value);
  it.each([
    "We'll charge you once you book.",
    "- Payment: taken as soon as you book",
    "I think you pay the moment you book.",
  ])("%s", (reply) => {
    expect(timing(reply)).toContain("before_pickup");
  });
  it("payment at pickup after booking passes", () => {
    expect(timing("Once you book, payment is still at pickup.")).toEqual([]);
  });
});

describe("paymentClaims: 'upfront' said of the speaker is candour, not payment timing", () => {
  const timing = (reply: string) =>
    policyClaims(
      assistantTurns(convo(["can I have my money back?", reply], "2026-06-03T10:00:00-07:00"))[0]!,
      "2026-06-03T10:00:00-07:00",
      h,
    )
      .claims.filter((c) => c.kind === "payment_timing")
      .map((c) => c.value);
  it.each([
    "To be upfront with you, the $60 of labour can't be refunded.",
    "I'll be totally up front: we can't return the $25 fee for fitted pads.",
    "We're upfront about this — the $89 labour charge isn't refundable, but the re-adjustment is free.",
  ])("%s", (reply) => {
    expect(timing(reply)).toEqual([]);
  });
  it.each([
    "To be upfront: we need the $89 paid up front when you book.",
    "The $179 is paid upfront.",
    "Payments for a full service are upfront, $179.",
  ])("still a payment claim: %s", (reply) => {
    expect(timing(reply)).toContain("before_pickup");
  });
});
