import { describe, expect, it } from "vitest";
import { checkDurations } from "../checks/check-durations";
import { checkHoursClaims } from "../checks/check-hours-claims";
import { checkPrices } from "../checks/check-prices";
import { convo } from "../checks/test-support";
import type { CheckResult } from "../schema";
import { claimConfidence, UNCERTAIN_BELOW } from "./confidence";

describe("claimConfidence", () => {
  it.each([
    ["clause", "A tune-up takes 3 days.", 1],
    ["sentence", "For a tune-up, figure on 3 days.", 0.85],
    ["previous", "That takes 3 days.", 0.7],
    ["topic", "About 3 days.", 0.55],
    ["topic", "I think about three days.", 0.4],
    ["topic", "Figure on a while.", 0.45],
  ] as const)("%s: %s → %d", (link, sentence, expected) => {
    expect(claimConfidence(link, sentence)).toBe(expected);
  });
  it("a hedge in another clause does not lower the value's confidence", () => {
    expect(claimConfidence("topic", "Plan on 45 minutes, so it might be tight.", true, "45 minutes")).toBe(0.55);
    expect(claimConfidence("topic", "It might take 45 minutes, so plan ahead.", true, "45 minutes")).toBe(0.4);
    expect(claimConfidence("topic", "Allow 2 days — though I think it may be 3.", true, "2 days")).toBe(0.55);
    expect(claimConfidence("topic", "Probably 3 days, but call first.", true, "3 days")).toBe(0.4);
  });
  it("a status with no value read is not marked down for an unclean value", () => {
    expect(claimConfidence("topic", "We're closed right now.", false)).toBe(0.55);
  });
});

const verdict = (r: CheckResult) => (r.failures.length ? "fail" : r.uncertain?.length ? "uncertain" : "pass");

// The same wrong value, tied ever more loosely: a failure while the tie is sure, uncertain (never a pass) once the
// only tie is the topic of the customer's question and the reply hedges or gives no clean value.
describe("a wrong value fails, or abstains when its subject is only the topic and the reply hedges", () => {
  it.each([
    [checkDurations, ["how long for a tune-up?", "A tune-up takes about 4 business days."], "fail"],
    [checkDurations, ["tune-up?", "Sure. A tune-up is $89. It takes about 4 business days."], "fail"],
    [checkDurations, ["how long is a tune-up?", "Usually ready in about 4 business days."], "fail"],
    [
      checkDurations,
      ["how long is a tune-up?", "I think it'd probably be ready in 4 business days, roughly."],
      "uncertain",
    ],
    [checkDurations, ["how long is a tune-up?", "I believe it takes 4 business days, maybe less."], "uncertain"],
    [checkDurations, ["how long is a tune-up?", "I think about 2 business days."], "pass"],
    [checkPrices, ["how much for truing?", "Truing is $45 a wheel."], "fail"],
    [checkPrices, ["how much for truing?", "I think it should be $45 each, if I remember right."], "uncertain"],
    [checkPrices, ["how much for truing?", "I think it should be $30 each."], "pass"],
    [checkHoursClaims, ["open thursday?", "Yes, Thursday we're open 10 to 5."], "fail"],
    [checkHoursClaims, ["open thursday?", "Yes, probably until 5 or so, I think."], "uncertain"],
    [checkHoursClaims, ["open thursday?", "Yes, probably until 7, I think."], "pass"],
  ] as const)("%#: %j → %s", (check, msgs, expected) => {
    expect(verdict(check(convo([...msgs])))).toBe(expected);
  });
  it("the threshold lies between a topic-only hedged value and a topic-only clean one", () => {
    expect(claimConfidence("topic", "I think 4 days.")).toBeLessThan(UNCERTAIN_BELOW);
    expect(claimConfidence("topic", "4 days.")).toBeGreaterThanOrEqual(UNCERTAIN_BELOW);
  });
});
