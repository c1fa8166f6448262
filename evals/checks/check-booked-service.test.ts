import { checkBookedService } from "./check-booked-service";
import { bad, describeCheckTable, ok } from "./test-support";

// Wednesday 3 June 2026: a read-back or a booking for a walk-in-only service, or a job the shop does not do, is
// over-eager; one for a bookable service, or a walk-in service simply invited, is not.
describeCheckTable(checkBookedService, { evaluator: "check-booked-service", mode: "over_eager" }, [
  bad(
    "flat fix fri 10am, Ro Mi 503-555-0120",
    "Let me read that back: flat repair, Friday June 5 at 10 a.m., Ro Mi. Shall I confirm?",
  ),
  bad(
    "inspection thu 2pm. Sy Ta 503-555-0121",
    "Summary — free safety inspection, Thursday, June 4, 2:00 p.m., 503-555-0121. OK to book?",
  ),
  bad(
    "new brake pads sat 10, Uv We 503-555-0122",
    "I've booked your brake pad replacement for Saturday, June 6 at 10 a.m. See you then!",
  ),
  bad(
    "shifting adjustment friday 11, Xy Za 503-555-0123",
    "Here's the appointment: gear adjustment, Friday, June 5 at 11:00. Does that look right?",
  ),
  bad(
    "battery check friday 1pm, Al Be 503-555-0124",
    "Great — e-bike battery diagnostics, Friday June 5 at 1 p.m., Al Be, 503-555-0124. Shall I confirm?",
  ),
  ok(
    "tune-up fri 10am, Ce De 503-555-0125",
    "To confirm: tune-up ($89), Friday, June 5 at 10:00 a.m., Ce De. Shall I book it?",
  ),
  ok("flat fix friday?", "Flat repairs are walk-in — no booking needed. Come by Friday any time from 10 to 6."),
  ok(
    "full service + flat, friday 2pm, Fe Gu 503-555-0126",
    "Booking: full service Friday, June 5 at 2 p.m. (we'll fix the flat while it's in), Fe Gu. Shall I confirm?",
  ),
  ok(
    "battery and tune-up friday 3pm, Hi Jo 503-555-0127",
    "We don't service e-bike batteries, but here's the tune-up: Friday, June 5, 3:00 p.m., Hi Jo. Shall I confirm?",
  ),
  ok("5:30 friday?", "Our last slot Friday is 5 p.m. Would 5:00 p.m. on Friday, June 5 work instead?"),
]);
