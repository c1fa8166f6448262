import { checkCalendarClaims } from "./check-calendar-claims";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Wednesday 20 January 2027; Tuesday 10 March 2026.
const WED = "2027-01-20T09:15:00-08:00";
const TUE = "2026-03-10T10:00:00-07:00";

// A day of the month said without its month and said to be past is this month's (or last month's), not next month's;
// a date renamed in brackets is still the subject of the copula after the bracket closes.
describeCheckTable(checkCalendarClaims, { evaluator: "check-calendar-claims", mode: "bad_data", turn: 1 }, [
  at(WED, ok("monday the 18th?", "Monday the 18th has already passed, I'm afraid. How about Tuesday, January 26?")),
  at(WED, ok("the 19th?", "Ah, the 19th (Tuesday) was yesterday, so the earliest is tomorrow, Thursday January 21.")),
  at(TUE, ok("sunday the 8th", "Sunday the 8th has passed; we're closed Sundays anyway.")),
  at(WED, bad("the 19th?", "Sure — Tuesday the 19th works, see you then.")),
  at(WED, bad("the 19th?", "Wednesday the 19th was yesterday, sorry!")),
  at(TUE, bad("the 20th?", "The 20th — March 20 — is a Thursday, our late night.")),
  at(TUE, bad("the 20th?", "The 20th (that's March 20) falls on a Thursday.")),
  at(TUE, ok("the 20th?", "The 20th (March 20) is a Friday, slots until 5 p.m.")),
] satisfies Row[]);

// Tuesday 17 November 2026: a holiday said, through "which (this year) is", to fall on another date.
const NOV17 = "2026-11-17T13:20:00-08:00";
describeCheckTable(checkCalendarClaims, { evaluator: "check-calendar-claims", mode: "bad_data", turn: 1 }, [
  at(NOV17, bad("thanksgiving?", "Closed for Thanksgiving — which this year is Thursday the 19th.")),
  at(NOV17, bad("thanksgiving?", "We shut on Thanksgiving, which falls on Thursday, November 19 in 2026.")),
  at(
    NOV17,
    ok("thanksgiving?", "We're closed on Thanksgiving, which is Thursday, November 26, and open Friday as usual."),
  ),
] satisfies Row[]);

// Friday 14 May 2027: a bare day of the month renamed in brackets and said to be past is this month's.
const FRI = "2027-05-14T11:00:00-07:00";
describeCheckTable(checkCalendarClaims, { evaluator: "check-calendar-claims", mode: "bad_data", turn: 1 }, [
  at(FRI, ok("monday the 10th?", "Monday the 10th (that was May 10) is already behind us. How about Tuesday, May 18?")),
  at(FRI, ok("wed the 12th?", "Wednesday the 12th (May 12) was two days ago - we could do Tuesday the 18th instead.")),
  at(FRI, bad("the 12th?", "Thursday the 12th (May 12) has already passed.")),
] satisfies Row[]);
