import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // A "Refunds:" label is the topic, not an offer: the statement after it decides.
  ok("refunds?", "**Refunds:** labour can't be refunded; parts go back within 30 days with the receipt."),
  bad("refunds?", "**Refunds:** labour is refunded in full if you're unhappy."),
  // Negation is scoped to the window or the refund, not to a trailing "no charge" / "not a problem".
  bad("re-adjust?", "Re-adjustments are covered for 45 days after the service, no charge."),
  bad("unhappy?", "If the full service doesn't sort it, we'll refund the labour, not a problem."),
  bad("return?", "Unused accessories can go back within 10 days."),
  ok("labour refund?", "**Labour:** non-refundable\n**Re-adjustment:** free for 30 days after a tune-up"),
  bad("return a bell?", "Unused bits can go back within 30 days, receipt optional."),
  bad("no receipt for the bottle cage", "We can take it back with or without the receipt, as long as it's unused."),
  // Store credit handed out without the receipt is a return without the receipt.
  bad(
    "lost my receipt for the pump",
    "That's alright — if it's still boxed we can do an exchange without the receipt.",
  ),
  ok("lost my receipt for the pump", "Sorry — returns and exchanges need the receipt, within 30 days."),
  // A return the customer says was used ("fitted it", "rode on it") is not returnable, even within the window.
  bad(
    "I fitted the pedals and rode on it twice, they're awful. return?",
    "Sure, we'll take them back — you're within 30 days, so you're covered for a full refund with the receipt.",
  ),
  ok(
    "I fitted the pedals and rode on it twice, they're awful. return?",
    "Sorry — only unused parts can be returned (within 30 days, with the receipt), so fitted pedals can't come back.",
  ),
  // The returns topic can come from the customer or an earlier line; the receipt waiver is still a waiver.
  bad(
    "never used the bike light, can I bring it back?",
    "Unused accessories go back within 30 days.\n- Paid by card? Then you won't need the receipt, we can find the sale.",
  ),
  // "at no charge" says the re-adjustment is free; it does not negate the wrong window beside it.
  bad(
    "how long is the tune-up guarantee?",
    "You get free re-adjustments for 60 days, and any tweak in that time is done at no charge.",
  ),
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
  // Regret is no denial; windows in weeks or months are windows too ("a month" is read as 30 days).
  bad("can I still return the pump?", "Sadly, unused items can only be returned within 10 days of purchase."),
  bad("return window?", "Returns of unused accessories are accepted within two weeks, receipt required."),
  ok("return window?", "Unused parts can be returned within a month, with your receipt."),
  ok("return?", "Unfortunately it's been 6 weeks, and our returns window for unused parts is 30 days."),
  // The free re-adjustment follows a tune-up or a full service only (read from the handbook's own words).
  bad(
    "my new brake pads squeal, covered?",
    "Yes — your brake pad replacement comes with our free 30-day re-adjustment, so pop back in.",
  ),
  bad("truing guarantee?", "Wheel truing is guaranteed: free re-adjustment for 30 days."),
  ok(
    "pads squeal after my tune-up",
    "Your tune-up comes with a free re-adjustment within 30 days, so we'll tweak the brakes at no charge.",
  ),
  ok("covered?", "The 30-day re-adjustment covers tune-ups and full services, not a flat repair."),
];

describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, rows);
