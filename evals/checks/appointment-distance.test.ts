import { checkCancellation } from "./check-cancellation";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Monday 16 November 2026, 10:00 and 17:30 in Portland.
const MON = "2026-11-16T10:00:00-08:00";
const MON_EVE = "2026-11-16T17:30:00-08:00";

// How far off the customer's own appointment is, when the reply says so, is checked against the clock.
describeCheckTable(checkCancellation, { evaluator: "check-cancellation", mode: "policy_confusion" }, [
  at(MON_EVE, bad("pls cancel my full service tomorrow 10am", "Done deal: you're over 24 hours out, so no charge.")),
  at(
    MON,
    bad(
      "have to cancel the truing on thursday at 2 pm",
      "Because it's less than a day away, please give the shop a ring at (503) 555-BIKE to cancel.",
    ),
  ),
  at(
    MON_EVE,
    bad(
      "can I reschedule my tune-up? it's tomorrow at 11:00",
      "Sure! Your drop-off is still more than twenty-four hours away, so moving it is free.",
    ),
  ),
  at(MON, ok("cancel my tune-up thursday 2pm", "It's more than 24 hours away, so you can cancel free of charge.")),
  at(
    MON_EVE,
    ok("cancel tomorrow 10am appt", "Since it's less than 24 hours away, please call us to cancel — there's no fee."),
  ),
  at(
    MON_EVE,
    ok("cancel tomorrow 10am appt", "If it's more than 24 hours away you can cancel here; otherwise give us a call."),
  ),
] satisfies Row[]);
