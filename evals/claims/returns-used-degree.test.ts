import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { policyClaims } from "./policy-claims";

const used = (user: string, reply: string) => {
  const t = convo([user, reply]);
  return policyClaims(assistantTurns(t).at(-1)!, t.now, handbook).claims.some((c) => c.kind === "returns_condition");
};

describe("refundClaims: a degree of use allowed, or a used item taken back in other words", () => {
  it.each([
    ["return policy?", "Gently worn accessories are fine to bring back inside 30 days with the receipt."],
    ["can I return the grips?", "Slightly used grips can still come back within the month if you have the receipt."],
    ["put the mirror on once, can I return it?", "Returns are accepted within 30 days with the receipt, so go ahead."],
    ["rode on the new saddle twice, hate it, refund?", "You can bring it back within 30 days with your receipt."],
  ])("%s / %s", (user, reply) => {
    expect(used(user, reply)).toBe(true);
  });

  it.each([
    ["rode on it twice, return?", "Only unused parts can be returned, so a ridden saddle can't come back, sorry."],
    ["can I return the grips? never fitted them", "Yes, you can return them within 30 days with the receipt."],
    [
      "return policy?",
      "Unused parts and accessories within 30 days with the receipt; lightly used ones aren't accepted.",
    ],
  ])("%s / %s: none", (user, reply) => {
    expect(used(user, reply)).toBe(false);
  });
});
