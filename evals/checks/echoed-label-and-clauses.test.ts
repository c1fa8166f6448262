import { checkHoursClaims } from "./check-hours-claims";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Monday 5 July 2027; Sunday 3 January 2027.
const MON = "2027-07-05T09:00:00-07:00";
const SUN = "2027-01-03T13:00:00-08:00";

// A short question echoed as a label ("Open today?") states no hours; a semicolon ends the clause whose days a later
// "we reopen Tuesday" could otherwise take; the reply's own question ("Would Saturday work?") keeps its day.
describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data", turn: 1 }, [
  at(
    MON,
    ok("open today? and prices", "**Open today?** No — it's Monday and we're closed Mondays. Back tomorrow 10 to 6."),
  ),
  at(SUN, ok("open sunday?", "Sunday hours? None — closed Sundays and Mondays, open again Tuesday at 10.")),
  at(SUN, ok("open?", "Not today — we're closed Sunday and Monday; we open again Tuesday from 10 to 6.")),
  at(SUN, bad("open?", "We're closed today, Sunday; Monday we're open 10 to 6.")),
  at(MON, bad("open today?", "Open today? Yes, we're open until 6 today!")),
  at(SUN, bad("open?", "Closed today. Would Monday work? We're open 10 to 6.")),
] satisfies Row[]);
