import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { policyClaims } from "./policy-claims";

/** The inspection-fee values the last reply states (alternating user / assistant texts). */
const fee = (...texts: string[]) => {
  const t = convo(texts, "2026-06-03T10:00:00-07:00");
  return policyClaims(assistantTurns(t).at(-1)!, t.now, handbook)
    .claims.filter((c) => c.kind === "inspection_fee")
    .map((c) => c.value);
};
const CHECK = [
  "can you look my bike over before a trip?",
  "Sure — that's our **safety inspection**, walk-in, about 15 minutes.",
];

describe("inspectionFeeClaims: a reply naming no service is about the one the conversation is on", () => {
  it.each([
    [[...CHECK, "cost?", "It's free with any repair; on its own there's a small charge."], "conditional"],
    [[...CHECK, "how much", "- **Price:** $10 at the counter"], 10],
    [[...CHECK, "is it free?", "I believe there's a small fee, which the mechanic will tell you."], "charged"],
    [[...CHECK, "what do I owe for that", "That's complimentary when you buy parts from us."], "conditional"],
  ])("%j → %s", (texts, expected) => {
    expect(fee(...texts)).toContain(expected);
  });

  it.each([
    [[...CHECK, "cost?", "It's **free**, any bike, no purchase needed."]],
    [[...CHECK, "how much", "Nothing at all — free for any bike."]],
    [[...CHECK, "is it free?", "Yes! If it turns up a worn chain, we'll quote you before any paid work."]],
    [[...CHECK, "and a flat?", "A flat repair is $15 labour + $9 tube."]],
  ])("the handbook's price and other subjects pass: %j", (texts) => {
    expect(fee(...texts)).toEqual([]);
  });
});
