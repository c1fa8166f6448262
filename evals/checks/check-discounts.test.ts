import { describe, expect, it } from "vitest";
import { checkDiscounts } from "./check-discounts";
import { bad, convo, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok("discount?", "I'm sorry, we don't offer discounts — our prices are fixed."),
  bad("student?", "We offer 10% off tune-ups for students."),
  bad("match?", "Sure, we're happy to price match."),
];

describe("checkDiscounts", () => {
  it.each(rows.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
    const result = checkDiscounts(convo(r.msgs, r.now));
    expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
    if (!r.pass) expect(result.failures[0]).toMatchObject({ mode: "over_eager", evaluator: "check-discounts" });
  });
});
