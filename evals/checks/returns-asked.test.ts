import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// The returns window is 30 days with the receipt: a window given in answer to the customer's own returns question
// ("can I take it back?" → "Sure, within two weeks") is a returns window even when the reply never says "return".
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad("can I return a pump I haven't used?", "Of course — within 14 days, with the receipt."),
  bad("bought lights last week, can I take them back?", "Yes, as long as it's within 7 days and they're unused."),
  ok("can I return a pump I haven't used?", "Of course — within 30 days, with the receipt, as long as it's unused."),
  bad("never used the bell — can i bring it back?", "Sure thing, you've got up to 10 days with the receipt."),
  // Where the customer stands is no window: the time since purchase, said back to them.
  ok(
    "got a kickstand 9 days ago, still boxed — returnable?",
    "Yes! Our window is **30 days** with the receipt; at 9 days and unused you're fine.",
  ),
  ok(
    "can I take back a pump from 3 weeks back? never opened",
    "Sure — 3 weeks in, unopened, receipt in hand: all good.",
  ),
  ok(
    "can I return the tune-up? still skipping",
    "Labour isn't refundable, but re-adjustments are free within 30 days of a tune-up — bring it in.",
  ),
] satisfies Row[]);
