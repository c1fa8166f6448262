import { checkDurations } from "./check-durations";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A service the sentence says something of ("a gear adjustment is something you can walk in for") becomes the subject
// even when the service talked of before includes it; a bare list item under that service does not.
describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, [
  ok(
    "tune up walk in?",
    "No, tune-ups are booked at least a day ahead and ready within 2 business days.",
    "brake adjust then?",
    "Sure! A minor brake adjustment is a walk-in job.\n- Usually done while you wait\n- First come, first served",
  ),
  ok(
    "can you do a tune up today",
    "Tune-ups need a day's notice and take up to 2 business days.",
    "just the gears?",
    "Yep, a gear adjustment is something you can walk in for. It's normally sorted while you wait.",
  ),
  bad(
    "tune up?",
    "A tune-up is $89.\n\n- Gear indexing\n- Brake adjustment\n- Safety check\n\nIt's usually done while you wait.",
  ),
  bad("tune up?", "Tune-up: $89.\n- Brake adjustment — squeaks sorted\n- Safety check\n\nReady in about an hour."),
] satisfies Row[]);
