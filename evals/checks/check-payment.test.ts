import { describe, expect, it } from "vitest";
import { checkPayment } from "./check-payment";
import { bad, convo, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok("cash?", "Yes — payment is at pickup, and we take card or cash. There's no deposit to book."),
  ok("deposit?", "Nope, no deposit needed! You just pay when you pick up your bike."),
  bad("deposit?", "To secure your slot we take a $50 deposit."),
  bad("pay", "Payment is required upfront when booking."),
  bad("cash?", "Sorry, we're card only."),
];

describe("checkPayment", () => {
  it.each(rows.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
    const result = checkPayment(convo(r.msgs, r.now));
    expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
    if (!r.pass) expect(result.failures[0]).toMatchObject({ mode: "policy_confusion", evaluator: "check-payment" });
  });
});
