import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { at, bad, describeCheckTable, ok } from "./test-support";

const DEC = "2027-12-20T09:00:00-08:00";
const NOV = "2026-11-20T09:00:00-08:00";

// A slot on a closed holiday taken outright ("…at 11, noted") is taken, whatever festive words sit beside it.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  at(
    DEC,
    bad(
      "tune-up drop off on the 25th at 11? know it's christmas haha",
      "Happy holidays! 🎁 Saturday, December 25 at 11 am works. Can I get your name and a phone number?",
    ),
  ),
  at(
    NOV,
    bad(
      "can I bring it in thursday the 26th at 2 for truing",
      "Holiday week, nice. Thursday, November 26 at 2 pm, noted! What's your name and best phone number?",
    ),
  ),
  at(
    NOV,
    ok(
      "can I bring it in thursday the 26th at 2 for truing",
      "Thursday the 26th is Thanksgiving, a holiday, and we're closed. Would Friday at 2 pm suit? What's your name?",
    ),
  ),
  at(
    DEC,
    ok(
      "tune-up drop off on the 25th at 11?",
      "That's a holiday for us, sadly. Could I get your name so we can find another day?",
    ),
  ),
]);
