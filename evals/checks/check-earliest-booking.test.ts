import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { checkEarliestBooking, earliestBookableDate } from "./check-earliest-booking";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Fixed times: a Friday evening, a Saturday noon before the closed Sunday and Monday, a Wednesday afternoon.
const FRI_EVE = "2026-06-05T19:00:00-07:00";
const SAT_NOON = "2026-06-06T12:00:00-07:00";
const WED_PM = "2026-06-03T15:00:00-07:00";

const rows: Row[] = [
  // A first slot before the day opens is no slot, reason or not.
  at(FRI_EVE, bad("first slot tomorrow?", "The first available slot tomorrow, Saturday, is 8:30 a.m.")),
  at(FRI_EVE, ok("first slot tomorrow?", "The first available slot tomorrow, Saturday, is 9 a.m.")),
  // A notice rule stretched past one day pushes the earliest day later than the handbook allows.
  at(
    SAT_NOON,
    bad("soonest tune-up?", "Tune-ups need two working days ahead, so the soonest is Wednesday, June 10 at 10."),
  ),
  at(SAT_NOON, ok("soonest tune-up?", "Bookings need a day's notice; the soonest is Tuesday, June 9 at 10 a.m.")),
  // "24 hours from now" read as the rule moves the first slot of the first bookable day later than its opening.
  at(WED_PM, bad("truing tomorrow morning?", "We need 24 hours' notice, so the soonest opening tomorrow is 3:30 p.m.")),
  // Without a notice rule given, a later earliest may be a taken slot or the customer's own constraint.
  at(WED_PM, ok("after work tomorrow?", "The earliest I can do tomorrow after work is 5:30 p.m. — shall I book it?")),
  // Walk-ins need no booking, so an "earliest" there is no booking claim.
  at(WED_PM, ok("flat fix?", "It's a walk-in, so the earliest is whenever you arrive tomorrow from 10 a.m.")),
];

describeCheckTable(checkEarliestBooking, { evaluator: "check-earliest-booking", mode: "policy_confusion" }, rows);

describe("earliestBookableDate", () => {
  it("skips closed days after the day of notice", () => {
    expect(earliestBookableDate(handbook, "2026-06-06")).toBe("2026-06-09");
    expect(earliestBookableDate(handbook, "2026-06-03")).toBe("2026-06-04");
  });
});
