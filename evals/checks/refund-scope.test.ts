import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A leading reason ("As the truing didn't last, …") keeps its negation: the refund after it is still offered. And
// "even if they've been fitted" waves use through for a return.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad(
    "wheel still wobbles after your truing, can I get my money back?",
    "As the truing didn't last, you can have a refund of the $30 labour — bring the receipt.",
  ),
  bad(
    "wheel still wobbles after your truing, can I get my money back?",
    "Because the job wasn't done right, we'll refund the labour charge in full.",
  ),
  ok(
    "wheel still wobbles after your truing, can I get my money back?",
    "Since labour isn't refundable, we can't refund it, but we'll re-true it for free if it was part of a tune-up.",
  ),
  bad(
    "bought grips last week, put them on, hate them. return?",
    "No problem — parts come back within 30 days with the receipt, even if they've been fitted.",
  ),
] satisfies Row[]);
