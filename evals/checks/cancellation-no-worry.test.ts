import { checkCancellation } from "./check-cancellation";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Don't worry about a charge" denies the fee as "no fee" does; a fee stated outright still fails.
describeCheckTable(checkCancellation, { evaluator: "check-cancellation", mode: "policy_confusion" }, [
  ok(
    "need to cancel tomorrow's tune-up, will you charge me?",
    "Don't worry about being charged: cancelling is always free. As it's within 24 hours, please give us a call.",
  ),
  ok(
    "cancel my full service today, is there a fee?",
    "No need to fret over a fee — cancelling is free of charge. Since it's inside 24 hours, just phone us.",
  ),
  bad("cancel my full service today, is there a fee?", "Cancelling this late carries a $20 charge, I'm afraid."),
] satisfies Row[]);
