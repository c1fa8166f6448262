import { describe, expect, it } from "vitest";
import { findClocks } from "../claims/index";
import { checkSlotClaims } from "./check-slot-claims";
import { bad, describeCheckTable, ok } from "./test-support";

// A time that ends its sentence ("… 4:30 p.m.") is still a time when the next sentence opens on a unit word.
describe("findClocks: a unit word after the sentence ends counts nothing of the time before it", () => {
  it.each([
    ["The last slot is 5:30 p.m. Wheels need a day's notice.", 1050],
    ["We book until 4 p.m. Bikes are ready in two days.", 960],
    ["Final drop-off is at 2:30 pm.\nDays off: Sunday and Monday.", 870],
  ])("%s", (text, minutes) => {
    expect(findClocks(text).times.map((t) => t.minutes)).toContain(minutes);
  });
  it("a count of wheels stays a count", () => {
    expect(findClocks("Truing is $30 for 2 wheels.").times).toEqual([]);
  });
});

describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, [
  bad(
    "latest I can drop it on a wednesday?",
    "On Wednesdays we close at 6 pm and the final drop-off slot is 5:30 p.m. Wheels, cables and tune-ups all need booking.",
  ),
  bad(
    "saturday drop off?",
    "Saturday we're open 9 to 3; the latest slot is 3 p.m. Bikes can be collected the following week.",
  ),
  bad(
    "how late can I book on thurs",
    "Thursdays run late: open till 7 pm, last booking slot 6:30 p.m.\nDays with late hours: Thursday only.",
  ),
  ok(
    "saturday drop off?",
    "Saturday we're open 9 to 3; the last slot is 2 p.m. Bikes can be collected the following week.",
  ),
  ok(
    "latest I can drop it on a wednesday?",
    "On Wednesdays we close at 6 pm and the final drop-off slot is 5 p.m. Wheels, cables and tune-ups all need booking.",
  ),
]);
