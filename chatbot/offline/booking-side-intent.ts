import { WEEK_ON } from "../booking-dates";
import type { Intent, Topic } from "../schema";
import { asksForBooking, NOT_BOOKING } from "./booking-request";
import { getsBackLater } from "./put-off";
import { proposesSlot } from "./slot-proposal";

/** Giving up on the booking altogether ("forget it", "never mind", "cancel"). */
const GIVES_UP = /\b(forget it|never ?mind|nvm|cancel|don'?t bother|leave it|scrap)\b/;

/** What the booking side reads beside the intent rules' answer for one message. */
export interface BookingSideSignals {
  /** The intent the intent rules decided. */
  intent: Intent;
  /** The message lower case, as typed and normalised (typos and slang rewritten). */
  t: string;
  norm: string;
  state: string;
  expecting: string | null;
  hasDate: boolean;
  hasTime: boolean;
  topics: Topic[];
  /** A service that must be booked is named. */
  bookable: boolean;
  /** A service, a day or time, a name or a contact that the booking can take. */
  givesDetail: boolean;
  /** A name or a contact is given. */
  givesWho: boolean;
  /** Something the shop does not offer is named (an e-bike motor, a wiring job): no booking starts from a bare wish. */
  notOffered?: boolean;
}

/**
 * The booking side's last word on the intent: a booking put off to a later call ends ("nah I'll phone you tomorrow"),
 * one said not to be wanted yet does not start ("not planning to book yet"),
 * a new booking asked for beside a question or a name starts ("want to get a full service booked that morning"), and
 * a slot proposed as a question is the answer ("can i drop it at 4:30" when the time was asked for).
 */
export function bookingSideIntent(s: BookingSideSignals): Intent {
  if (s.state.startsWith("booking") && getsBackLater(s.norm) && !s.givesDetail) return "deny";
  // "Forget it, a mate will sort it. Thanks anyway": giving up, with nothing given for the booking, ends it.
  const givesUp = s.state.startsWith("booking") && GIVES_UP.test(s.norm) && !s.givesDetail;
  if (givesUp && (s.intent === "thanks" || s.intent === "unknown" || s.intent === "greeting")) return "deny";
  // "Actually put the name as Sofía Herrera-Luna" at the confirmation: the name is changed, the booking goes on.
  if (s.state === "booking.confirming" && s.intent === "deny" && s.givesWho && !GIVES_UP.test(s.norm))
    return "provide_details";
  // "Not planning to book yet, only wondering how long a full service takes": no booking starts.
  if (s.intent === "book" && !s.state.startsWith("booking") && NOT_BOOKING.test(s.norm)) return "question";
  if (asksForBooking({ t: s.norm, intent: s.intent, state: s.state, bookable: s.bookable, notOffered: s.notOffered }))
    return "book";
  if (proposesSlot({ ...s, t: s.t })) return "provide_details";
  // "Hmm actually can we do the week after, same day and time?": the day chosen, moved a week on.
  if (s.state.startsWith("booking") && s.intent === "question" && WEEK_ON.test(s.t) && !s.topics.includes("prices"))
    return "provide_details";
  return s.intent;
}
