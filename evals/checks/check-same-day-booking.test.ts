import { checkSameDayBooking } from "./check-same-day-booking";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // The service the customer already had is not booked again by a visit today for its free re-adjustment.
  ok(
    "got a tune-up done like 10 days ago and the gears slip, is that free?",
    "Yes — re-adjustments are free for 30 days. We're open until 6 tonight, so you could pop it in today.",
  ),
  // "I can set you up with a drop-off" proposes one.
  bad("tune-up today?", "Sure, I can set you up with a tune-up drop-off this afternoon at 3pm."),
  // A shopping visit today is no same-day drop-off for the service booked earlier in the conversation.
  ok(
    "tune-up on saturday please",
    "Saturday works for the tune-up. What time suits you?",
    "10am. also can I come by today to buy a lock?",
    "10am Saturday it is. And sure, swing by today to buy a new lock any time before 6.",
  ),
  // "Booking today for Friday" names the day the booking is made; the drop-off is Friday.
  ok("full service friday?", "Yes, booking today for Friday is fine. Would 11:00 suit you for the drop-off?"),
  ok("wheel truing thursday 2pm?", "Sure, reserving today for Thursday at 2pm works for the truing."),
  bad("wheel truing this afternoon?", "Sure, I can book you in today at 2pm for the truing."),
  // The date the reply names ("a week today is June 10") is the one its proposal is about, not the customer's "Wednesday".
  ok(
    "tune-up drop off wednesday next week at 6:30?",
    "6:30 is past our last slot, I'm afraid. A week today is June 10. Would 5:00 pm suit you instead?",
  ),
  // Offering walk-in work today is no same-day booking, even with a bookable service in the conversation.
  ok("tune-up today?", "Tune-ups need a day's notice. What we can do today as a walk-in:\n- Flat fixes\n- Brake pads"),
  // "Yes!" to a question about hours agrees to nothing; a later "a tune-up must be booked" is not this visit's service.
  ok(
    "are you open late on thursdays? I finish at 5:30",
    "Yes! Thursdays we're open until 7pm, so you could pop by after work today. Bigger jobs like a tune-up must be booked.",
  ),
  // Advice on when the shop is quiet is no booking.
  ok(
    "tune-up readjust, shifting is off again",
    "We're busy till noon today, so if you can come in after 2 it's much quieter.",
  ),
  ok(
    "any chance of a wheel truing today?",
    "Wheel truing needs to be booked at least a day ahead, so today isn't possible — the earliest is tomorrow.",
  ),
  ok("flat today at 2?", "Sure, come by today at 2pm — flats are walk-in."),
  ok("can I get a tune-up today at 3?", "A standard tune-up is $89. It needs to be booked at least a day ahead."),
  bad("can I get a tune-up today? I'm free at 2", "Yes, we can fit you in today at 2pm for a tune-up. See you then!"),
  bad("book me a tune-up today at 3", "Done! You're booked for today at 3pm."),
  // "One of those works today:" agrees to part of the request; the lines under it say which part.
  ok(
    "pads and a tune-up today?",
    "One of those we can do today:\n\n- Brake pads: walk in before 6 pm, $25 a wheel plus pads.\n- Tune-up: booked a day ahead at least, so tomorrow at the earliest.",
  ),
  bad("pads and a tune-up today?", "Both of those work today — drop the bike off this afternoon for the tune-up too."),
  // "today's out" refuses today; the day proposed after it is the booking's.
  ok(
    "tune-up today?",
    "Tune-ups need booking a day ahead, so today's out — the earliest is tomorrow, any slot from 10 to 5.",
  ),
  // A heading naming no service agrees to the lines under it, each with its own service and booking rule.
  ok(
    "flat fixed and a tune-up today?",
    "Part of that is fine today:\n\n- Flat repair: walk in any time before 6 pm.\n- Tune-up: needs a day's notice, so tomorrow at the earliest.",
  ),
  // The slot taken up by moving on to the booking's details (the customer's own time and day), a quiet-time aside beside it.
  bad(
    "a full service, could I bring it in this afternoon around 4?",
    "4 o'clock it is - afternoons are calm here. What's your name and the best number to reach you?",
  ),
  // A bare weekday saying back the customer's own later date ("next Tuesday" → "Tuesday works") is that date, even
  // when today is that weekday; a bare weekday for today's own date still is today.
  at(
    "2026-06-02T09:00:00-07:00",
    ok(
      "any chance of a drop-off next tuesday around 10 for a tune-up?",
      "Tuesday at 10 works — can I get your name and number?",
    ),
  ),
  at(
    "2026-06-05T09:00:00-07:00",
    ok(
      "could I bring it in for a full service next friday at 2pm?",
      "Friday's fine, 2pm is one of our drop-off slots. What name should I put it under?",
    ),
  ),
  at(
    "2026-06-04T12:00:00-07:00",
    ok(
      "truing on the 11th, after work? around 6",
      "Yes, Thursday is our late day — open until 7, and 6:00pm is the last drop-off slot. Your name and phone, please?",
    ),
  ),
  at("2026-06-02T09:00:00-07:00", bad("tune-up today at 3?", "Tuesday at 3 works — can I get your name?")),
  // "We have slots this afternoon" offers today's slots; slots on a day to come, or on no day, offer no same-day one.
  at(
    "2026-06-02T09:00:00-07:00",
    bad(
      "tune-up today, ideally after lunch?",
      "Let me see — this afternoon we've got drop-off slots on the hour and half hour up to 5. Which time?",
    ),
  ),
  at(
    "2026-06-02T09:00:00-07:00",
    ok("tune-up?", "We have drop-off slots every half hour, 10 to 5 on weekdays — which day suits you?"),
  ),
  at(
    "2026-06-02T09:00:00-07:00",
    ok("tune-up today?", "Tune-ups need a day's notice; tomorrow we have slots from 10 to 5 — what time suits?"),
  ),
];

describeCheckTable(checkSameDayBooking, { evaluator: "check-same-day-booking", mode: "policy_confusion" }, rows);
