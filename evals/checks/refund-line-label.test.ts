import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A line label ("Option A:", "Money back:") is the topic of its line; a reason opening the statement after it
// ("since it wasn't fixed, …") is a reason, not a refusal, so the labour refund it offers is still read.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad(
    "tune-up didn't fix the creak, i want my money back",
    "Two ways forward:\nOption A: because the creak isn't gone, we'll refund the labour in full.\nOption B: a free re-adjustment.",
  ),
  bad(
    "still skipping after the service, refund?",
    "- Money back: as the fix didn't hold, we can reimburse the $179 you paid for the work.",
  ),
  ok(
    "still skipping after the service, refund?",
    "- Money back: sorry, labour isn't refundable.\n- Re-adjustment: free within 30 days, just bring it in.",
  ),
] satisfies Row[]);
