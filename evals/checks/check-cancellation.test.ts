import { checkCancellation } from "./check-cancellation";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // A later "if you can't make it" does not negate the fee.
  bad("cancel?", "Less than a day out there's a $15 late fee, so tell us early if you can't make it."),
  ok(
    "how do cancellations work",
    "You can cancel free of charge up to 24 hours before your appointment. If it's less than 24 hours away, call us — there's never a fee.",
  ),
  ok("cancel tomorrow", "Since it's within 24 hours, please call us to cancel. There's no fee."),
  bad("policy", "You can cancel free of charge up to 48 hours before."),
  bad("cancel fee?", "Cancellations are free with 24 hours' notice; late cancellations incur a $10 charge."),
  {
    msgs: [
      "I need to cancel my appointment tomorrow",
      "What name is the booking under?",
      "Priya Nair",
      "Since your appointment is less than 24 hours away, there's a $15 late-cancellation fee.",
    ],
    pass: false,
  },
];

describeCheckTable(checkCancellation, { evaluator: "check-cancellation", mode: "policy_confusion" }, rows);
