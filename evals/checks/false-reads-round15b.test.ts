import { checkHoursClaims } from "./check-hours-claims";
import { checkPayment } from "./check-payment";
import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A denial or pickup between the pay word and a time ("pay: not at booking", "at pickup, so nothing now") is no
// payment asked before pickup.
describeCheckTable(checkPayment, { evaluator: "check-payment", mode: "policy_confusion" }, [
  ok("do I pay upfront?", "Paying upfront: no. You settle up when you collect the bike."),
  ok("when do I pay", "Payment is at pickup, so there's nothing to pay now."),
  ok("pay when I book?", "You pay nothing at booking; card or cash when you pick it up."),
  bad("pay?", "We ask you to pay when you book."),
  bad("deposit?", "Please pay now to hold the slot."),
] satisfies Row[]);

// A count of days between two dates is how long ago the purchase was, not the length of the returns window.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  ok(
    "bought a lock may 20, unused, have receipt. can i return it?",
    "Yes: May 20 to today is 14 days, well inside the 30-day window with your receipt.",
  ),
  ok(
    "got pedals on may 10, still boxed. return?",
    "Between May 10 and today that's 24 days, so you're fine: unused parts go back within 30 days with the receipt.",
  ),
  bad("return window?", "You can return unused parts within 14 days with the receipt."),
] satisfies Row[]);

// Bare days listed after a closed day stay closed; "…, and we reopen Tuesday" is a statement of its own.
describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
  ok(
    "open sunday or monday?",
    "We're closed Sunday (our day off), Monday June 8 as well, and we reopen Tuesday, June 9 at 10 a.m.",
  ),
  ok("open friday?", "Friday, June 5 we're open 10 a.m. to 6 p.m., and then we're back Tuesday at 10 a.m."),
  bad("open sunday?", "Closed Saturday for a staff day, but Sunday June 7 we're open 10 to 4."),
] satisfies Row[]);
