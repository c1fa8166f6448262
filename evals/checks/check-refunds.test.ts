import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  bad("no receipt", "You misplaced the receipt? That's fine — unused parts can still come back within 30 days."),
  bad("lost the receipt", "That's fine — you don't need the receipt to return unused parts within 30 days."),
  ok("lost the receipt", "Sorry, returns of unused parts need the receipt, within 30 days."),
  ok("refund", "Sorry! Tune-ups come with free re-adjustment within 30 days. (Labour itself isn't refundable.)"),
  ok("return", "Sure, unused parts can be returned within 30 days with the receipt."),
  bad("refund?", "We can refund the labour on your tune-up."),
  bad(
    "refund?",
    "We offer a 100% satisfaction guarantee: if you're not happy with the work, we'll refund you in full.",
  ),
  bad("returns", "Returns are accepted within 14 days."),
  bad("readjust", "We'll re-adjust anything free within 90 days."),
];

describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, rows);
