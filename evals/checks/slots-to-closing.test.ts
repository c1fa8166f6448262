import { checkSlotClaims } from "./check-slot-claims";
import { bad, describeCheckTable, ok } from "./test-support";

// A slot window said in words to run until closing: the grid ends an hour before closing on every day.
describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, [
  bad("when can i drop off a full service friday?", "Drop-off slots on Friday go every half hour until we close."),
  bad("latest drop off?", "You can drop off any time up to closing, so just come before we shut."),
  bad("tune-up slots thursday?", "Thursday's our late night — slots run right through to closing time."),
  ok("last drop-off?", "Slots run every 30 minutes until an hour before closing, so 5 pm on a Friday."),
  ok("can I come at 5:45 for a flat?", "Sure, flats are walk-in until we close at 6."),
  ok("tune-up slots?", "On Tuesdays we close at 6; slots are every 30 minutes from 10 to 5."),
]);
