import { checkCalendarClaims } from "./check-calendar-claims";
import { checkDurations } from "./check-durations";
import { checkHoursClaims } from "./check-hours-claims";
import { checkServiceContents } from "./check-service-contents";
import { checkWalkInPolicy } from "./check-walk-in-policy";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// A day stated on its own is an exception to a group over it; "every other weekday" names no day of its own; a day
// after "for" is the occasion of a closure, not its subject.
describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
  ok("hours this week?", "Tuesday to Friday 10 a.m. to 6 p.m. (Thursdays until 7), Saturday 9 to 3."),
  ok("what time thursday", "Thursday is the late one, 10 a.m. to 7 p.m.; every other weekday we close at 6."),
  ok("open this week?", "Weekdays 10–6 this week, except Thursday, when we stay open until 7."),
  ok("open monday?", "Mondays we're shut; the first day we open after the weekend is Tuesday, from 10 a.m."),
  bad("hours this week?", "Tuesday to Friday 10 a.m. to 5 p.m. (Thursdays until 7)."),
  at(
    "2027-11-22T10:00:00-08:00",
    bad("open friday after thanksgiving?", "Friday, Nov 26: shut for the long weekend, back Saturday."),
  ),
] satisfies Row[]);

// A span whose clause has another subject (the drop-off, the check-in) is that thing's length, not a turnaround.
describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, [
  ok(
    "full service time?",
    "A full service takes 3 to 5 business days; the drop-off itself only takes about 15 minutes.",
  ),
  ok("how long will a tune-up take", "Ready within 2 business days. Checking it in at the counter takes five minutes."),
  bad("how long is a full service", "A full service is usually done in about 15 minutes."),
] satisfies Row[]);

// What the reply reports the customer asked or said is theirs, not the shop's policy.
describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, [
  ok("full service walk in?", "You asked if a full service is walk-in: it isn't, it always needs booking a day ahead."),
  ok("truing walk-in?", "You mentioned wheel truing can be done on the spot, but it has to be booked."),
  bad("tune-up walk in?", "Yes, you can walk in for a tune-up any time we're open."),
] satisfies Row[]);

// The object of a comparison ("…further than the tune-up: it adds…") is the other side, not the later subject.
describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  ok(
    "tune up or full service?",
    "The full service ($179) does more than a tune-up: it adds bearing service and new cables and housing.",
  ),
  bad("what's in a tune-up?", "The tune-up ($89) covers gear indexing, bearing service and new cables."),
] satisfies Row[]);

describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, [
  ok("which is quicker?", "A full service goes deeper than the tune-up, so it takes 3–5 business days."),
  ok("how long?", "A full service is 3–5 business days, longer than the tune-up, which is ready within 2."),
  bad("tune-up how long?", "The tune-up takes 3–5 business days."),
] satisfies Row[]);

// A weekday with a bare day of the month is in the month the reply was just talking of, when that month agrees.
describeCheckTable(checkCalendarClaims, { evaluator: "check-calendar-claims", mode: "bad_data" }, [
  ok(
    "thanksgiving hours?",
    "Thanksgiving falls on Thursday, November 26 this year, so we're shut; Friday the 27th we're open 10 to 6.",
  ),
  ok("new year?", "January 1 we're closed. Saturday the 2nd we open at 9 as normal."),
  bad("thanksgiving hours?", "November 26 is Thanksgiving; Tuesday the 27th we're open."),
] satisfies Row[]);
