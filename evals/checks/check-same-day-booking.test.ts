import { describe, expect, it } from "vitest";
import { checkSameDayBooking } from "./check-same-day-booking";
import { bad, convo, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok(
    "any chance of a wheel truing today?",
    "Wheel truing needs to be booked at least a day ahead, so today isn't possible — the earliest is tomorrow.",
  ),
  ok("flat today at 2?", "Sure, come by today at 2pm — flats are walk-in."),
  ok("can I get a tune-up today at 3?", "A standard tune-up is $89. It needs to be booked at least a day ahead."),
  bad("can I get a tune-up today? I'm free at 2", "Yes, we can fit you in today at 2pm for a tune-up. See you then!"),
  bad("book me a tune-up today at 3", "Done! You're booked for today at 3pm."),
];

describe("checkSameDayBooking", () => {
  it.each(rows.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
    const result = checkSameDayBooking(convo(r.msgs, r.now));
    expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
    if (!r.pass)
      expect(result.failures[0]).toMatchObject({ mode: "policy_confusion", evaluator: "check-same-day-booking" });
  });
});
