import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A reply opening on the customer's own day and approving it ("Monday the 8th, 11 am — lovely!") agrees to that day;
// restating it to refuse it does not.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  bad(
    "full service, monday the 8th at 11?",
    "Monday, June 8 at 11:00 am — lovely! 🙌 Before I can hold it, I'll need:\n\n1. Your name\n2. An email or phone number\n\nThen I'll send a summary to confirm.",
  ),
  bad(
    "truing on sunday june 7 at noon, my only free day",
    "Sunday June 7 at 12:00 pm, great! First I need a few details:\n- Name\n- Email or phone\nAfter that I'll read it all back.",
  ),
  ok(
    "full service, monday the 8th at 11?",
    "Monday, June 8 — sorry, we're closed Mondays. Tuesday June 9 at 11 am instead? Great!",
  ),
  ok("full service, tuesday the 9th at 11?", "Tuesday, June 9 at 11 am — perfect! Your name and phone number?"),
] satisfies Row[]);
