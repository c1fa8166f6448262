import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

const MON_EVENING = "2026-06-08T19:00:00-07:00";

// "Does it look right now?" judges the edited details; it names no visit for this very moment. "Right now" itself does.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  at(
    MON_EVENING,
    ok(
      "tune-up thursday 11, name Ana Silva, ana@example.com",
      "Tune-up, Thursday June 11 at 11 am, Ana Silva, ana@example.com. Shall I confirm?",
      "sorry, it's anna with two n's",
      "Fixed! Tune-up, Thursday June 11 at 11 am, Anna Silva, ana@example.com. Does everything look right now? Shall I confirm?",
    ),
  ),
  at(
    MON_EVENING,
    ok(
      "brake bleed wednesday at 3, Raj, 503-555-0110",
      "Brake bleed on Wednesday June 10 at 3 pm for Raj, 503-555-0110. Want me to book it?",
      "make it 3:30",
      "Updated: Wednesday June 10 at 3:30 pm. Sounds right now? Want me to book it?",
    ),
  ),
  at(MON_EVENING, bad("can I bring my bike in?", "Sure, bring it in right now and we'll take a look!")),
] satisfies Row[]);
