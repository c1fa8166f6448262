import { checkPrices } from "./check-prices";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Separate" names a distinct job; it is an extra charge only beside an amount or a word of paying, never when the
// sentence calls that job free.
const rows: Row[] = [
  ok(
    "tune-up plus a safety check?",
    "The tune-up has a safety check built in. Want a separate safety inspection as well? That one is always free.",
  ),
  ok("brakes in the tune-up?", "Brake adjustment is part of the tune-up; we don't book it as a separate job."),
  ok("inspection too?", "- Tune-up: $89\n- A separate inspection on the same visit: complimentary, no booking."),
  bad("tune-up and truing?", "Truing is charged separately from the tune-up, $30 a wheel."),
  bad("tune-up with a brake adjustment?", "With the tune-up, the brake adjustment is a separate $20."),
  bad("safety check in the tune-up?", "The safety check is a separate fee on top of the tune-up."),
];

describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data", turn: 1 }, rows);
