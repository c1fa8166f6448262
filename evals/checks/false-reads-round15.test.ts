import { checkBookingLead } from "./check-booking-lead";
import { checkBusyTimes } from "./check-busy-times";
import { checkCalendarClaims } from "./check-calendar-claims";
import { checkHoursClaims } from "./check-hours-claims";
import { checkPrices } from "./check-prices";
import { checkSameDayBooking } from "./check-same-day-booking";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Another day" leaves the day open, and the "now" of the speaker's own arranging is no drop-off today.
describeCheckTable(checkSameDayBooking, { evaluator: "check-same-day-booking", mode: "policy_confusion" }, [
  ok(
    "can i get a tune up today?",
    "Tune-ups need booking at least a day ahead, so today won't work. Pick a different day and I can set it up for you now.",
  ),
  ok(
    "full service today pls",
    "Not today, sorry: bookings need a day's notice. Let me book you in now for another day?",
  ),
  ok("tune up this afternoon?", "No same-day bookings, but I'm happy to get you booked right now for some other day."),
  ok("tune-up today?", "Today is a no-go for a tune-up, but tomorrow at 11 works if you'd like."),
  bad("tune-up today?", "Sure, I can book your tune-up for today at 2 pm."),
] satisfies Row[]);

// A period turned against the busy clause ("…, but the afternoon…") does not inherit its busy cue.
describeCheckTable(checkBusyTimes, { evaluator: "check-busy-times", mode: "bad_data" }, [
  ok(
    "is now a good time?",
    "It's the rush right now (first two hours after we open), but the afternoon should be easier.",
  ),
  ok("when to come", "We're slammed for the first two hours after opening, so later in the day might save you a wait."),
  ok("busy now?", "Yes, it's busiest now; afternoons after 2 would save you some waiting."),
  bad("when should I come", "Afternoons are our busiest time, so come first thing in the morning."),
] satisfies Row[]);

// A time placed against another time of day ("an hour before the 5 pm slot") is no booking notice.
describeCheckTable(checkBookingLead, { evaluator: "check-booking-lead", mode: "policy_confusion" }, [
  ok("can i book 4pm friday", "4 pm on Friday is fine, an hour before our last 5 pm slot. Shall I book it?"),
  ok("thursday 4pm drop off?", "Booked for Thursday at 4 pm, two hours before the final slot at 6."),
  ok("latest slot sat?", "On Saturday the booking can be at 1 pm, an hour before closing-time slots end at 2 pm."),
  bad("how far ahead do i book", "You just need to book an hour ahead."),
  bad("notice?", "Half an hour ahead is enough to book a slot."),
] satisfies Row[]);

// A reopening is about the day of its own statement, not a day named in the next one.
describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
  ok(
    "open late thursday?",
    "Yes, Thursday we stay open till 7. On Friday we're back to 10 a.m. to 6 p.m., and Saturday runs 9 a.m. to 3 p.m.",
  ),
  ok("hours fri and sat?", "Friday we're back to normal, 10 a.m. to 6 p.m.; Saturday is 9 a.m. to 3 p.m."),
  bad("open saturday at 10?", "We'll be back open on Saturday at 10 a.m."),
] satisfies Row[]);

// Weekdays listed before a bracket of dates name those dates in order; two full dates in a row are a list.
describeCheckTable(checkCalendarClaims, { evaluator: "check-calendar-claims", mode: "bad_data" }, [
  ok("open sun or mon?", "Sunday and Monday (June 7–8) we're closed, as every week."),
  ok("which days next week?", "Tuesday, Wednesday (June 9, 10) both work for a drop-off."),
  ok("options?", "Tue Jun 9, Wed Jun 10, or Thu Jun 11: any of those."),
  bad("closed when?", "Saturday and Sunday (June 7–8) we're closed."),
  bad("date?", "Monday (June 9) works."),
] satisfies Row[]);

// A part's standalone price beside the reply's own "it's included" is no charge on top of the whole.
describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, [
  ok(
    "do I pay $30 for truing on top of the tune-up?",
    "No: truing is included in the tune-up ($89). The $30 per wheel truing price only applies to truing by itself.",
  ),
  ok(
    "is truing extra with a tune-up?",
    "Wheel truing comes included with the tune-up at $89. Separately, truing as a stand-alone job is $30 per wheel.",
  ),
  bad("tune-up price?", "The tune-up is $89, and wheel truing is an extra $30 on top of that."),
] satisfies Row[]);
