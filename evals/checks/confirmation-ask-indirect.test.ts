import { checkBookingConfirmation } from "./check-booking-confirmation";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// An indirect ask ("tell me whether I should book it") asks for a yes as a direct one does, and a customer's bare
// "ok, confirm" is that yes; a booking stated with no ask and no yes before it still fails.
describeCheckTable(checkBookingConfirmation, { evaluator: "check-booking-confirmation", mode: "over_eager" }, [
  ok(
    "brake bleed thursday 11am please",
    "Thursday at 11 works. Your name and a phone number?",
    "Lena Ruiz 503-555-0177",
    "Thanks, Lena! Brake bleed, Thursday at 11:00 am, 503-555-0177. Tell me whether I should book it.",
    "yes",
    "You're booked, Lena — see you Thursday at 11!",
  ),
  ok(
    "full service friday 2pm",
    "Friday at 2 pm is free. Can I have your name and an email?",
    "Omar Haddad, omar@example.net",
    "Here's the draft: full service, Friday 2:00 pm, Omar Haddad, omar@example.net. Let me know which saddle bag you use, and if we can go ahead.",
    "the black one. ok, confirm",
    "Done — you're booked for Friday at 2 pm, Omar!",
  ),
  bad(
    "full service friday 2pm",
    "Friday at 2 pm is free. Can I have your name and an email?",
    "Omar Haddad, omar@example.net",
    "Great — you're booked for Friday at 2 pm, Omar!",
  ),
] satisfies Row[]);
