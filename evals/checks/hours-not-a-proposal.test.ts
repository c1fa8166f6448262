import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { checkSameDayBooking } from "./check-same-day-booking";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

const SAT = "2026-06-06T10:30:00-07:00";

// "We are open until 3" states the shop's hours: its closing time is no slot agreed to; a slot proposed still is.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  at(
    SAT,
    ok(
      "puncture and a rattly headset, do I book? open how long today?",
      "Both are walk-in jobs, just come by.\n\nToday (Saturday) we are open until 3 pm (15:00).",
    ),
  ),
  at(
    SAT,
    ok("hours today? want to walk in", "Walk in any time — Saturday hours: the shop is open until 3 p.m. (15:00)."),
  ),
  ok(
    "brakes squeal, walk in? and hours?",
    "A brake adjustment is walk-in, $20.\n\nThursday: we're open 10 am to 7 pm.",
  ),
  at(SAT, bad("can I come in at 4 today for a puncture?", "Sure, 4 pm works — see you then!")),
  // The customer's own idea of the hours ("you shut at 6 Saturdays?") is no visit time, and a reply that puts the
  // day's window in place of the customer's time ("slots run 9 to 2") corrects it rather than taking it.
  ok(
    "you shut at 6 on saturdays yeah? thinking of dropping the bike for a full service about half 4",
    "Small correction: Saturdays we're open 9 am to 3 pm, and full-service drop-offs run 9 to 2. Shall I book you a Saturday slot?",
  ),
  ok(
    "aren't you open till 5 on saturday? I'd bring the tune-up around 4",
    "Saturday is shorter: tune-up drop-off slots go from 9 am to 2 pm. Want me to book one for this Saturday, June 6?",
  ),
  bad(
    "I'd bring the tune-up saturday around 4, ok?",
    "Sure, Saturday works! Want me to book the tune-up for this Saturday, June 6?",
  ),
] satisfies Row[]);

// Advice on quiet hours ("it calms down after 2") and the day's hours are no same-day drop-off for a bookable job.
describeCheckTable(checkSameDayBooking, { evaluator: "check-same-day-booking", mode: "policy_confusion" }, [
  ok(
    "tune-up today?",
    "A tune-up needs a day's notice; tomorrow has slots from 10 to 6. Want me to book the tune-up? Heads-up: it's the lunchtime rush right now — it calms down after 2 pm.",
  ),
  ok(
    "wheel truing possible?",
    "Wheel truing is $30 per wheel and is booked at least a day in advance.\n\nWe are open today (Wednesday) until 6 pm.",
  ),
  ok(
    "brake bleed today?",
    "A brake bleed is booked ahead — Thursday has openings all day. Shall I book it? For now: mornings are our busiest, so it's quieter after 2 pm if you pop in today to buy pads.",
  ),
  bad("truing today?", "Yes, I can book the truing for today at 2 pm. Shall I confirm it?"),
] satisfies Row[]);
