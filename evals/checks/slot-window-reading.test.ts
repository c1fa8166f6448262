import { checkSlotClaims } from "./check-slot-claims";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A bracketed aside between a range's ends ("from 10:30 (the first half hour is set-up) until 5") is no part of the
// range, and "slots start at 10:30" states the grid's first slot: the window is read and compared with the grid
// (opening until an hour before closing). The next free slot ("the next available slot starts at 2") is no grid.
describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, [
  bad(
    "first and last drop-off on a tuesday?",
    "Tuesday drop-off slots start at 10:30 am (the first half hour is for set-up) and run until 5 pm.",
  ),
  bad(
    "thursday slots?",
    "On Thursdays, slots go every half hour from 10 am (right at opening) until 6:30 pm (we're open late).",
  ),
  ok(
    "thursday slots?",
    "On Thursdays, slots go every half hour from 10 am (right at opening) until 6 pm, an hour before we close.",
  ),
  bad("saturday?", "Saturday slots begin at 9:30 am, every 30 minutes."),
  ok("saturday?", "Saturday slots begin at 9 am and the last one is at 2 pm."),
  ok("anything friday?", "Friday is busy — the next available slots start at 2 pm, every half hour until 5."),
] satisfies Row[]);
