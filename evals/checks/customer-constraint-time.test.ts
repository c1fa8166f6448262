import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "I can't get there before 6:45" is the customer's own schedule, a bound on the slot, not the slot asked for: a
// "Sure!" to it agrees to no 6:45 drop-off. A time the customer asks for outright still is one.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  ok(
    "truing on friday the 5th, late as possible, I can't make it in before 6:30",
    "Sure! Friday's last drop-off is 5 pm, since we close at 6. Would Saturday morning suit instead?",
  ),
  ok(
    "tune-up tuesday? won't be able to get there until 7",
    "Sure — Tuesday we close at 6, so the last slot is 5 pm. Want to try Thursday, our late night?",
  ),
  ok(
    "cable swap on thursday the 4th, after work — can't get there before 6:45",
    "Of course! A cable replacement is $30 per cable. Thursday the 4th is our late night. Could I get your name and a phone number?",
  ),
  bad("truing on friday the 5th at 6:30pm please", "Sure! Friday at 6:30 pm it is. Name and number?"),
] satisfies Row[]);
