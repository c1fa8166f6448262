import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { turnClaims } from "./turn-claims";

const claimsOf = (texts: string[], turn = 1) => {
  const t = convo(texts, "2026-06-03T10:00:00-07:00");
  return turnClaims(assistantTurns(t)[turn - 1]!, t.now, handbook);
};

describe("turnClaims", () => {
  it("types a turn's prices, durations, hours and appointments with their subjects", () => {
    const c = claimsOf([
      "overhaul thursday?",
      "A full service is $179 and takes 3–5 business days. Thursday we're open 10am to 7pm — shall I book you in at 11am?",
    ]);
    expect(c.prices).toEqual([expect.objectContaining({ service: "full_service", amount: 179 })]);
    expect(c.durations).toEqual([expect.objectContaining({ service: "full_service", min: 3 * 1440, max: 5 * 1440 })]);
    expect(c.hours).toContainEqual(expect.objectContaining({ day: "thu", opens: 600, closes: 1140 }));
    expect(c.appointments).toContainEqual(expect.objectContaining({ date: "2026-06-04", time: 660 }));
    expect(c.unlinked).toEqual([]);
  });

  it("types offers (declined, offered with a hedge, invented) and contacts", () => {
    const c = claimsOf([
      "battery check and a wash?",
      "We don't test batteries, but we might be able to do a quick bike wash for $10. Call 503-555-0000.",
    ]);
    expect(c.offers).toEqual([
      expect.objectContaining({ subject: { kind: "not_offered", id: "ebike.no_battery" }, stance: "declined" }),
      expect.objectContaining({
        subject: { kind: "invented", text: expect.stringMatching(/bike wash/) },
        hedged: true,
      }),
    ]);
    expect(c.contacts).toEqual([expect.objectContaining({ kind: "phone", normalized: "5035550000" })]);
  });

  it("leaves a turnaround no service can be tied to unlinked instead of guessing", () => {
    const c = claimsOf(["how long?", "It's usually ready in 3 days."]);
    expect(c.durations).toEqual([]);
    expect(c.unlinked).toEqual([expect.objectContaining({ kind: "duration", text: "3 days" })]);
  });

  it("follows the conversation's service when the reply names none", () => {
    const c = claimsOf(["how long for a tune-up?", "It's usually ready in 3 days."]);
    expect(c.durations).toEqual([expect.objectContaining({ service: "tune_up" })]);
    expect(c.unlinked).toEqual([]);
  });
});
