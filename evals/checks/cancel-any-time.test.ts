import { checkCancellation } from "./check-cancellation";
import { bad, describeCheckTable, ok } from "./test-support";

// A free cancellation stretched to the appointment itself, or the call within 24 hours waived.
describeCheckTable(checkCancellation, { evaluator: "check-cancellation", mode: "policy_confusion" }, [
  bad("can I cancel the morning of?", "Yep, just message us here to cancel, you don't have to phone."),
  bad("cancel policy?", "Cancel online right up until your drop-off, no problem."),
  bad("what if I need to cancel last minute", "That's fine — you can cancel even the day of, no call needed."),
  ok(
    "cancel an hour before, any fee?",
    "No fee ever. Within 24 hours (even an hour before) please call (503) 555-BIKE so we know.",
  ),
  ok("cancel?", "Free up to 24 hours before; within 24 hours please give us a call — no fee either way."),
  ok("can i cancel here?", "I can't cancel it from the chat, please call us at (503) 555-BIKE."),
]);
