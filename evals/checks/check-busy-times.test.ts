import { describe, expect, it } from "vitest";
import { checkBusyTimes } from "./check-busy-times";
import { bad, convo, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok(
    "busy?",
    "The first couple of hours after we open are the busiest. Weekday afternoons after 2pm are usually the quietest.",
  ),
  ok("when?", "Mornings right after opening are our busiest, so afternoons are quicker."),
  bad("best time?", "Mornings are usually quiet, so come right at 10am when we open."),
  bad("best time?", "Afternoons tend to be our busiest time, so come in the morning."),
];

describe("checkBusyTimes", () => {
  it.each(rows.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
    const result = checkBusyTimes(convo(r.msgs, r.now));
    expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
    if (!r.pass) expect(result.failures[0]).toMatchObject({ mode: "bad_data", evaluator: "check-busy-times" });
  });
});
