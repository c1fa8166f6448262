import { checkBookingLead } from "./check-booking-lead";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  bad("today?", "Same-day appointments are possible if you ring early, no promises."),
  bad("how far ahead?", "**Lead time:** at least 3 days"),
  ok("how far ahead?", "**Notice needed:** 1 day minimum"),
  ok("lead?", "Bookings just need a day's notice."),
  ok(
    "truing sat 2:30",
    "Sorry, 2:30pm doesn't work: the last drop-off slot on Saturday is 2pm, an hour before closing.",
  ),
  ok("same day?", "We don't offer same-day bookings, but I can get you in as early as tomorrow!"),
  bad("how far ahead?", "We ask for at least 48 hours' notice for tune-ups."),
  bad("full", "You'll need to book 2 days ahead for a full service."),
  bad("same day?", "Yes, we offer same-day bookings if a slot is free!"),
  bad("tune today", "We can do a same-day tune-up if you get here early."),
];

describeCheckTable(checkBookingLead, { evaluator: "check-booking-lead", mode: "policy_confusion" }, rows);
