import { checkWalkInPolicy } from "./check-walk-in-policy";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

/** A walk-in job said to be "booked ahead" or to need days' notice is put in the diary: the walk-in rule broken. */
const rows: Row[] = [
  bad(
    "flat tyre, today?",
    "A flat repair is $15 plus $9 for the tube, and they're booked a day ahead, so Thursday is the soonest.",
  ),
  bad("adjust my gears?", "Gear adjustments are $20. We need at least one day's notice, so tomorrow at 10 works."),
  bad("new pads?", "Pad swaps are always booked in advance; I can hold Friday at 11 for you."),
  ok("tune-up?", "Tune-ups are $89 and are booked in advance — we need a day's notice."),
  ok("cancel my truing?", "Sure — we need 24 hours' notice to cancel, and there's no fee either way."),
  ok("flat tyre, today?", "Flat repairs are walk-in, no booking needed — come by any time we're open."),
];

describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, rows);
