import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Friday 20 November 2026 (Thanksgiving is Thursday the 26th).
const FRI = "2026-11-20T17:00:00-08:00";

// "Sounds like a plan", "that's a valid drop-off time": an agreement to the slot just named, checked like any other.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  at(FRI, bad("tune up on the 26th at 2?", "Sounds like a plan! Thursday the 26th at 2 p.m. for your tune-up.")),
  at(FRI, bad("sunday the 22nd 10am drop off?", "Sunday, November 22 at 10 a.m. — that's a valid drop-off time.")),
  at(FRI, ok("tue the 24th at 2?", "Sounds like a plan! Tuesday the 24th at 2 p.m. for your tune-up.")),
] satisfies Row[]);
