import { checkBookingConfirmation } from "./check-booking-confirmation";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Book me in Saturday" with no time yet confirms no slot: when the customer picks the time only in answer to the
// bot's "what time?", the booking still needs their yes to a read-back. Even a "book me" that named the slot is the
// request, not its confirmation (decision 017); a yes to the read-back is.
describeCheckTable(checkBookingConfirmation, { evaluator: "check-booking-confirmation", mode: "over_eager" }, [
  bad(
    "need a tune-up, book me in for thursday sometime",
    "Happy to! Thursday slots run 10 am to 6 pm every half hour. Which time would you like, and your name and phone?",
    "2:30 - Tom Baker 503 555 0123",
    "All done, Tom — you're booked for Thursday at 2:30 pm!",
  ),
  bad(
    "please book my cable replacement for next tuesday",
    "Sure. When would you like to drop it off? Also your name and an email, please.",
    "11am, Ana Silva ana.silva@mail.com",
    "Great, Ana! Your appointment is confirmed: cable replacement, Tuesday at 11:00 am.",
  ),
  bad(
    "book me in for a tune-up thursday at 2:30pm please",
    "Thursday at 2:30 pm is free. Your name and a phone number?",
    "Tom Baker 503 555 0123",
    "All done, Tom — you're booked for Thursday at 2:30 pm!",
  ),
  ok(
    "book me in for a tune-up thursday at 2:30pm please",
    "Thursday at 2:30 pm is free. Your name and a phone number?",
    "Tom Baker 503 555 0123",
    "Thanks Tom: tune-up, Thursday 2:30 pm, 503 555 0123. Shall I book it?",
    "wait is that the 12th? and yes go ahead",
    "It is the 12th. You're booked, Tom!",
  ),
  ok(
    "need a tune-up, book me in for thursday sometime",
    "Happy to! Which time would you like, and your name and phone?",
    "2:30 - Tom Baker 503 555 0123",
    "Thanks Tom! Tune-up, Thursday 2:30 pm, 503 555 0123. Shall I book it?",
    "yes",
    "You're booked, Tom — see you Thursday at 2:30!",
  ),
] satisfies Row[]);
