import { checkCancellation } from "./check-cancellation";
import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { checkHoursClaims } from "./check-hours-claims";
import { checkInventedServices } from "./check-invented-services";
import { checkPayment } from "./check-payment";
import { checkPrices } from "./check-prices";
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

// "Fitting" with nothing to say what is fitted is the fitting of the part talked about, not a service of its own.
describeCheckTable(checkInventedServices, { evaluator: "check-invented-services", mode: "over_eager" }, [
  ok("brake pads?", "We stock pads. Installation: $25 per wheel on top of the pads, walk-in."),
  ok("can you swap my pads?", "The fitting is $25 a wheel plus the pads themselves."),
  bad("bike fit?", "We offer a professional bike fitting for $120."),
] satisfies Row[]);

// An amount after a word of inclusion ("part of the $179") is the container's price, never the included part's.
describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, [
  ok(
    "full service: are cables extra?",
    "No, new cables and housing are part of the $179 you pay for the full service.",
  ),
  ok("does the tune-up include truing?", "Yes, truing is covered by the $89, along with gear indexing."),
  bad("tune-up price?", "Truing and gear indexing are included in the $99 tune-up."),
] satisfies Row[]);

// A weekday named without a date ("on a Thursday") is the day a proposed time is judged on.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  ok(
    "i work till 6 on weekdays, any drop-off after?",
    "On a Thursday our last slot is 6 p.m., so a 6 pm drop-off would work.",
  ),
  ok("saturday morning?", "On a Saturday, a 10 am slot works fine for your tune-up."),
  bad("saturday evening drop off for a tune-up?", "On a Saturday, a 5 pm drop-off works."),
] satisfies Row[]);

// "call us rather than cancel online": a way of cancelling set aside for another, not cancelling refused.
describeCheckTable(checkCancellation, { evaluator: "check-cancellation", mode: "policy_confusion" }, [
  ok(
    "can i cancel 2 hours before?",
    "Yes: inside 24 hours just phone us instead of cancelling in the chat, and there's never a fee.",
  ),
  ok("cancel late?", "Sure, but within 24 hours please ring the shop rather than cancel here; no charge either way."),
  bad("can i still cancel?", "Sorry, it's too late to cancel now."),
] satisfies Row[]);
