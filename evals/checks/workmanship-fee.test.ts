import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// The re-adjustment within 30 days of a tune-up or full service is free (policy.workmanship): a reply that puts any
// price on it — an amount, a part price, a "small fee" — confuses the policy; a free one, or a charge said to apply
// only after the 30 days, does not.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad(
    "my full service was 10 days ago and the rear mech is off again, is that extra?",
    "You're still within the 30-day window, so the readjustment is only $12 this time.",
  ),
  bad(
    "brakes rubbing after last week's tune up. cost?",
    "Good news: re-adjustments after a tune-up are 50% off, so you'd pay $10.",
  ),
  bad(
    "tune-up 3 weeks ago, gears skipping. do i pay?",
    "Since it's within 30 days, we just charge a small fee for the adjustment.",
  ),
  ok(
    "tune-up 3 weeks ago, gears skipping. do i pay?",
    "No — re-adjustments within 30 days of a tune-up are free. Just bring it in.",
  ),
  ok(
    "tune-up 3 weeks ago, gears skipping. do i pay?",
    "You're covered: within 30 days the re-adjustment costs nothing. After the 30 days a minor adjustment is $20.",
  ),
  ok("how much is a gear adjustment?", "A minor brake or gear adjustment is $20, usually while you wait."),
] satisfies Row[]);
