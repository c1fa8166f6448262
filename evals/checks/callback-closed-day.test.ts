import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

const SUN = "2026-06-07T11:00:00-07:00";

// A callback promised on a day the shop is shut has the shop acting when it is closed; one on an open day, or with
// no day, or refused, does not.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  at(
    SUN,
    bad("do you fit mudguards?", "Good question! A mechanic will give you a call later today to talk it through."),
  ),
  at(SUN, bad("can someone advise on a new chain?", "Sure — we'll ring you tomorrow morning with the options.")),
  at(
    SUN,
    ok("can someone advise on a new chain?", "We're closed today and Monday; we'll call you on Tuesday with options."),
  ),
  at(SUN, ok("do you fit mudguards?", "We'll call you back as soon as a mechanic is free to talk it through.")),
] satisfies Row[]);
