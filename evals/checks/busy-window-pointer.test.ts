import { checkHoursClaims } from "./check-hours-claims";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Tuesday 2 June and Saturday 6 June 2026.
const TUE = "2026-06-02T11:00:00-07:00";
const SAT = "2026-06-06T09:30:00-07:00";

// A sentence that only points back at busy or quiet talk ("On Saturdays that's 9 to 11", "Today that means 2 to 4")
// gives that busy window, not the day's hours, even with a day or a hedge before the pointer.
describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
  at(SAT, ok("when is it busy", "Our rush is the first couple of hours after we open. On Saturdays that's 9 to 11.")),
  at(TUE, ok("quiet time?", "Quietest stretch: mid-afternoon on weekdays. Today that means roughly 2 to 4.")),
  at(TUE, ok("busy?", "Mornings are the crush, right after opening. Usually that's 10 until noon or so.")),
  at(TUE, bad("busy?", "We're busiest in the mornings. Today we're open 10 to 5.")),
  at(TUE, bad("busy?", "Mornings are busy. Today that's 10 to noon, and we close at 5.")),
] satisfies Row[]);
