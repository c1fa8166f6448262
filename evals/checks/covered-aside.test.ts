import { checkBookingConfirmation } from "./check-booking-confirmation";
import { checkPrices } from "./check-prices";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A part's standalone price said beside "the tune-up covers it" is no charge on top; "booked separately" is a separate
// visit, not a charge and not a booking made.
describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, [
  ok(
    "tune up plus truing?",
    "Truing's part of the tune-up, so no need to add it. On its own truing would be $30 per wheel, but the tune-up covers that.",
  ),
  ok(
    "tune up and gear adjust?",
    "The tune-up ($89) already includes gear indexing. A separate gear adjustment would be $20, but the tune-up takes care of it.",
  ),
  ok("full service?", "Full service is $179.", "truing on its own?", "Wheel truing is booked separately; allow a day."),
  bad("tune up?", "The tune-up is $89, and wheel truing is an extra $30 per wheel on top of that."),
  bad("tune up?", "Tune-up: $89. Truing is charged separately at $30 a wheel."),
] satisfies Row[]);

describeCheckTable(checkBookingConfirmation, { evaluator: "check-booking-confirmation", mode: "over_eager" }, [
  ok("cables?", "Cable replacement is booked on its own, $30 per cable."),
  ok("truing?", "Wheel truing is booked separately from the tune-up."),
  bad("truing friday 2pm", "Your truing is booked for Friday at 2 p.m.!"),
] satisfies Row[]);
