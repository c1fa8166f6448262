import { checkPayment } from "./check-payment";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // A negation later in the clause does not cancel the statement before it.
  bad("pay?", "We charge your card as you check in, no exceptions."),
  bad("deposit?", "There's a $30 deposit to hold the slot, nothing more until pickup."),
  ok("deposit?", "There's no deposit to hold the slot, nothing until pickup."),
  bad("card?", "These days we just take cards — no cash, sorry."),
  bad("cash ok?", "We accept cash only at the counter."),
  bad("when do I pay?", "You settle the bill as you drop the bike off, card or cash."),
  ok("when do I pay?", "Nothing at drop-off — you pay at pickup, card or cash."),
  ok("cash?", "Yes — payment is at pickup, and we take card or cash. There's no deposit to book."),
  ok("deposit?", "Nope, no deposit needed! You just pay when you pick up your bike."),
  bad("deposit?", "To secure your slot we take a $50 deposit."),
  bad("pay", "Payment is required upfront when booking."),
  bad("cash?", "Sorry, we're card only."),
  // A label line whose value is a negative denies the labelled term; a positive value still asks for one.
  ok("costs up front?", "* Booking fee: nothing at all\n* Paying: when you collect, card or cash"),
  ok("what do I owe when booking?", "**Holding deposit** — not required. You settle up on collection."),
  ok("deposit?", "1. Down payment: $0 — the bill comes at pickup."),
  bad("deposit?", "- **Deposit:** $25 when you book, the rest at pickup."),
];

describeCheckTable(checkPayment, { evaluator: "check-payment", mode: "policy_confusion" }, rows);
