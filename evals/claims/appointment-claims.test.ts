import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { appointmentClaims } from "./appointment-claims";
import { assistantTurns } from "./assistant-turns";

// Wednesday 3 June 2026, 10:00 in Portland.
const NOW = "2026-06-03T10:00:00-07:00";
const slots = (...texts: string[]) => {
  const t = convo(texts, NOW);
  return appointmentClaims(assistantTurns(t).at(-1)!, t.now, handbook).map((a) => [a.date, a.time]);
};
const ASK = "tune-up friday the 5th at 10:45? Ana Ortiz 503-555-0101";

describe("appointmentClaims: a summary put up for the customer's yes is the booking it lists", () => {
  it.each([
    [
      "Great! Here's the booking:\n- Standard tune-up ($89)\n- **Friday, June 5, 10:45 a.m.**\n- Ana Ortiz\n\nShall I confirm?",
    ],
    ["Booking details:\n1. Tune-up\n2. Fri June 5 at 10:45 am\n\nDoes that look right?"],
    ["**Summary:**\n* Tune-up, Friday June 5, 10:45\n* Ana Ortiz, 503-555-0101\n\nWant me to lock it in?"],
    ["Just to check:\n- Friday, June 5 at 10:45 am\nI think that's everything — is that correct?"],
  ])("%s", (reply) => {
    expect(slots(ASK, reply)).toContainEqual(["2026-06-05", 645]);
  });

  it.each([
    // A list of facts with no confirmation asked proposes nothing.
    ["Tune-up details:\n- $89\n- Friday, June 5, 10:45 am\n- ready within 2 business days"],
    // A summary headed by a refusal offers nothing it rules out.
    ["Sorry, 10:45 isn't a slot:\n- slots run every 30 minutes\n\nShall I book 10:30 instead?"],
  ])("no summary, no slot: %s", (reply) => {
    expect(slots(ASK, reply)).not.toContainEqual(["2026-06-05", 645]);
  });
});

describe("appointmentClaims: a slot said to be open is offered, not opening hours", () => {
  const TODAY = "tune-up today?";
  it.each([
    ["Good news — we still have a 1:30 pm drop-off slot open today."],
    ["There's a 2:00 slot that's open today if you want it."],
    ["I can see a 3 pm time still open today — want it?"],
  ])("%s", (reply) => {
    expect(slots(TODAY, reply).some(([date, time]) => date === "2026-06-03" && time !== null)).toBe(true);
  });

  it("the shop's own opening today is no slot", () => {
    expect(slots(TODAY, "We're open today until 6 pm; tune-ups need a day's notice.")).toEqual([]);
  });
});

describe("appointmentClaims: a summary sentence put up for a yes, without a heading", () => {
  it.each([
    ["New booking: tune-up on Friday, June 5 at 10:45 am for Ana — shall I confirm?"],
    ["Confirming: standard tune-up ($89), Friday, June 5 at 10:45am, Ana Ortiz. Shall I book it?"],
    ["**Friday, June 5, 10:45 a.m.**, tune-up, Ana Ortiz. Does that look right?"],
  ])("%s", (reply) => {
    expect(slots(ASK, reply)).toContainEqual(["2026-06-05", 645]);
  });

  it("a question with no slot in it or before it proposes none", () => {
    expect(slots("tune-up?", "A tune-up is $89. Shall I book one for you?")).toEqual([]);
  });
});
