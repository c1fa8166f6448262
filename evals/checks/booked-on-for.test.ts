import { checkBookingLead } from "./check-booking-lead";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Book today for Thursday" names the day the booking is made, not a same-day drop-off; "book for today" allows one.
describeCheckTable(checkBookingLead, { evaluator: "check-booking-lead", mode: "policy_confusion" }, [
  ok("tune-up thursday?", "Thursday works fine as long as you book today — tune-ups need a day's notice."),
  ok("full service tomorrow?", "Tomorrow is possible if you book it today, since we need a day's notice."),
  bad("tune-up asap?", "No problem, you can book it for today and drop it off this afternoon."),
] satisfies Row[]);
