import { describe, expect, it } from "vitest";
import { checkWalkInPolicy } from "./check-walk-in-policy";
import { convo } from "./test-support";

// A booking rule beside a service and the list of what it includes is about that service, not about the walk-in jobs
// its list names: decided (no abstention) and passing; a rule naming a walk-in job on its own still fails.
describe("a booking rule over a service and its contents", () => {
  it.each([
    [
      "more than an adjustment?",
      "Then the standard tune-up would be next — brake adjustment, gear indexing, truing and a safety check.\n\nThat one has to be booked at least a day in advance.",
    ],
    [
      "what's a tune up",
      "Our tune-up covers gear indexing, brake adjustment, wheel truing, a safety check and a drivetrain clean (book it at least one day ahead).",
    ],
    [
      "options?",
      "- Full service ($179) — bearings, new cables, brake adjustment, wheel truing and a safety check (booked ahead)\n- Safety inspection: free, walk in",
    ],
  ])("%s", (user, reply) => {
    const r = checkWalkInPolicy(convo([user, reply]));
    expect(r.pass).toBe(true);
    expect(r.uncertain ?? []).toEqual([]);
  });
  it("still fails a walk-in job said to need booking", () => {
    const r = checkWalkInPolicy(convo(["brakes?", "A brake adjustment has to be booked at least a day ahead."]));
    expect(r.failures[0]).toMatchObject({ evaluator: "check-walk-in-policy", mode: "policy_confusion" });
  });
});
