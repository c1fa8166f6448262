import { checkPayment } from "./check-payment";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// Payment is at pickup (policy.payment): a reply that takes it now, sends a payment link, or makes paying the way to
// hold the booking moves it before pickup; "nothing to pay now" and a booking made now with payment at pickup do not.
describeCheckTable(checkPayment, { evaluator: "check-payment", mode: "policy_confusion" }, [
  bad("cable swap wed 3pm, Jo 503 555 0101", "Lovely. I'll email you a payment link for the $30 before Wednesday."),
  bad("book the truing", "To hold the slot we need your card payment of $30 first."),
  bad("full service sat 10am", "Great — we'll charge your card right away for the full $179, then you're all set."),
  ok("do i pay now?", "Nothing to pay now — card or cash when you pick the bike up."),
  ok("tune up fri 11am", "Friday 11:00 is free. Payment is at pickup, card or cash, no deposit. Shall I book it now?"),
] satisfies Row[]);
