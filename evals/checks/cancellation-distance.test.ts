import { checkCancellation } from "./check-cancellation";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Friday 13 November 2026.
const FRI = "2026-11-13T10:00:00-08:00";

// How far off the appointment is ("a week off", "three days from now", "it's in 5 days") is no cancellation window,
// unless a condition or a bound makes it one; "call / email the team to cancel" is the way to cancel, not a refusal.
describeCheckTable(checkCancellation, { evaluator: "check-cancellation", mode: "policy_confusion" }, [
  at(
    FRI,
    ok("cancel the 20th, free?", "Yes — free up to 24 hours before, and the 20th is still a week off, so you're fine."),
  ),
  at(
    FRI,
    ok(
      "cancel thursday",
      "It's three days from now and cancelling is free until 24 hours before. Call (503) 555-BIKE.",
    ),
  ),
  at(FRI, ok("cancel?", "No fee at all - it's in 5 days, and anything more than 24 hours ahead is free to cancel.")),
  at(
    FRI,
    ok("cancel", "I'm not able to access bookings in this chat, so just email info@josbikeshop.com to cancel it."),
  ),
  at(FRI, bad("cancel?", "You can cancel free as long as it's more than two days away.")),
  at(FRI, bad("cancel?", "Cancelling is free up to 48 hours before your appointment, and yours is a week away.")),
  at(FRI, bad("cancel policy?", "You can cancel for free up to a week ahead.")),
  at(FRI, bad("cancel", "You can't cancel once it's booked, but you can call us to reschedule.")),
] satisfies Row[]);
