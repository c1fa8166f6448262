import { checkInspectionFee } from "./check-inspection-fee";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A fee word with a zero amount ("Price: $0", "costs nothing") charges nothing; a real amount still charges.
describeCheckTable(checkInspectionFee, { evaluator: "check-inspection-fee", mode: "policy_confusion" }, [
  ok("is the safety check free?", "Yes! Safety inspection:\n- Walk in, no booking\n- Price: $0.00\n- About 15 minutes"),
  ok("what does the inspection cost?", "The safety inspection costs nothing at all, for any bike."),
  ok("inspection price?", "The safety inspection fee is $0 — it's free for everyone."),
  bad("inspection price?", "Safety inspection:\n- Walk in\n- Price: $10"),
] satisfies Row[]);
