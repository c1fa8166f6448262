import type { UnderstandInput } from "../provider";
import type { Intent, Topic } from "../schema";
import { asksAboutBookingJustMade, asksBackOnly, asksHandbookBack, supposesOnly } from "./asks-back";
import { ASKS_FOR_PERSON } from "./intent-cues";
import { callsOffOwnBooking } from "./own-booking-off";

/**
 * The intent a settled reading keeps or changes to, by what the message does to where the conversation is (decision:
 * a question — asking back, a booking only supposed — never moves it; a booking held and not kept is cancelled):
 * - "What did you say Saturday closing was?" with no booking here: the hours answered again, nobody looked up;
 * - "Was it 6 or 7 on Thursday?", "did I book the tune-up or the full service?": asking back moves nothing;
 * - "What's the actual date of that?" right after booking, with no handbook topic: the booking read back;
 * - "If I leave it with you for a tune-up, how long till it's ready?": the supposed booking only asked about;
 * - "My appointment's tomorrow at 10 and I can't make it — is there a fee?": that booking called off.
 * `t` is the message in lower case.
 */
export function keptIntent(input: UnderstandInput, t: string, intent: Intent, topics: readonly Topic[]): Intent {
  const state = input.state;
  const idle = state === "idle" || state === "browsing";
  if (intent === "recall_booking" && asksHandbookBack(t, topics, state, input.history)) return "question";
  if (intent === "book" && (idle || state === "booked") && asksBackOnly(t))
    return state === "booked" ? "recall_booking" : "question";
  if (state === "booked" && intent === "question" && !topics.length && asksAboutBookingJustMade(t))
    return "recall_booking";
  if (intent === "book" && idle && supposesOnly(t)) return "question";
  if (idle && intent !== "cancel_booking" && callsOffOwnBooking(t) && !ASKS_FOR_PERSON.test(t)) return "cancel_booking";
  return intent;
}
