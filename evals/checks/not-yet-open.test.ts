import { checkDurations } from "./check-durations";
import { checkHoursClaims } from "./check-hours-claims";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Tuesday 1 June 2027, 8:10; Sunday 7 March 2027, evening.
const TUE = "2027-06-01T08:10:00-07:00";
const SUN = "2027-03-07T20:00:00-08:00";

// "we won't be open yet" is a moment before opening, not a closed day.
describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data", turn: 1 }, [
  at(TUE, ok("can i ring now", "We open at 10 a.m. today (Tuesday); if you phone before that, we won't be open yet.")),
  at(TUE, ok("open?", "Not quite — it's Tuesday and we're not open yet; doors open at 10.")),
  at(TUE, bad("open today?", "We won't be open today — Tuesdays we're closed.")),
] satisfies Row[]);

// "The next day we're open is Tuesday": a day picked out, not a turnaround.
describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data", turn: 1 }, [
  at(
    SUN,
    ok(
      "pads tomorrow?",
      "Tomorrow's Monday, closed. The next day we're open is Tuesday, 10 to 6. Pads are done while you wait.",
    ),
  ),
  at(
    SUN,
    ok("full service?", "Full service takes 3–5 business days; the next day that's free for a drop-off is Tuesday."),
  ),
  at(SUN, bad("full service?", "A full service is usually ready the next day.")),
] satisfies Row[]);
