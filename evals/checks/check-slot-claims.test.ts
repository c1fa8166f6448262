import { describe, expect, it } from "vitest";
import { checkSlotClaims } from "./check-slot-claims";
import { bad, convo, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok("sat", "Saturday drop-off slots run from 9am to 2pm (we close at 3)."),
  ok("truing today?", "The earliest is tomorrow (Thursday), with drop-off slots from 10am to 6pm."),
  ok("slots", "Our last drop-off slot on weekdays is 5pm (6pm on Thursdays)."),
  bad("sat slots", "Saturday drop-off slots run from 9am to 3pm."),
  bad("last slot?", "The last drop-off slot on Fridays is 6pm."),
];

describe("checkSlotClaims", () => {
  it.each(rows.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
    const result = checkSlotClaims(convo(r.msgs, r.now));
    expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
    if (!r.pass) expect(result.failures[0]).toMatchObject({ mode: "policy_confusion", evaluator: "check-slot-claims" });
  });
});
