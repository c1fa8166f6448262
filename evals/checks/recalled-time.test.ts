import { checkSlotClaims } from "./check-slot-claims";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A reply recalling the time the customer first asked for ("you originally wanted 1:45") agrees to the slot it moved
// them to, not to that time; a reply agreeing to the off-grid time itself still fails.
describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, [
  ok(
    "tune-up friday at 1:45?",
    "Slots are on the hour and half hour, so 1:30 or 2:00 on Friday. Which one?",
    "2 then. what did I ask for first?",
    "You initially asked for 1:45 pm; I've put you down for the 2:00 pm tune-up drop-off on Friday instead.",
  ),
  ok(
    "full service thursday 10:20",
    "10:20 isn't a slot — 10:00 or 10:30 on Thursday?",
    "10:30. remind me what I said before?",
    "You'd originally said 10:20, and I've booked you for 10:30 am on Thursday for the full service.",
  ),
  bad("tune-up friday at 1:45?", "Sure, I've booked you for the tune-up on Friday at 1:45 pm."),
] satisfies Row[]);
