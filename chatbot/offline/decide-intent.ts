import { MOVES_BOOKING } from "../decide-booking";
import type { Intent } from "../schema";
import { CALL_OFF, cancelsOwnTold } from "../call-off";
import { decideRequest } from "./decide-request";
import {
  ASKS_FOR_PERSON,
  CANCEL_IF,
  CANCEL_OWN,
  CANCEL_THAT,
  CORRECTION,
  FIRST_FREE,
  FOREIGN_YES,
  HAS_BOOKING,
  NO_LONGER_NEEDED,
  NOT_BOOKING,
  OWN_CHOICE,
  OWN_DETAIL,
  TERSE_BOOKING,
  WHAT_DID_I_BOOK,
  WISH,
  YES_BUT,
  YES_LEAD,
} from "./intent-cues";
import type { IntentSignals } from "./intent-signals";

/** A yes said as its own first sentence or clause ("yes. and…", "yep, and also…", "sure! …"). */
const YES_ALONE =
  /^\s*(yes|yep|yeah|yup|yea|sure|ok|okay|correct|perfect|great|lovely|go ahead|do it)( please| thanks| thank you)?\s*([.,!;]|\s+and\b)/;

/** The second-best intent label. */
function runnerUp(scores: Record<string, number>): string | undefined {
  return Object.entries(scores).sort((a, b) => b[1] - a[1])[1]?.[0];
}

/**
 * The intent of a message from the classifier's reading and what the entity layer found; the conversation state
 * decides what a bare "yes", a name or a date means.
 */
export function decideIntent(s: IntentSignals): Intent {
  if (!/[\p{L}\p{N}]/u.test(s.t)) return "unknown";
  // "Wed the 5th, 11am, Noah Friedman, noah@x.com": nothing but details gives them, whatever the classifier leans to.
  if (s.detailsOnly && !s.isQuestion) return "provide_details";
  // A request for a person the classifier reads weakly (another language) still wins when nothing else is asked.
  if (
    (s.top === "handoff" && (s.p >= 0.4 || (s.p >= 0.25 && !s.topics.length && !s.hasSlots))) ||
    ASKS_FOR_PERSON.test(s.t)
  )
    return "handoff";
  // "Can we push it to Thursday?" right after booking: the booking is moved, not a question about Thursdays.
  if (s.state === "booked" && MOVES_BOOKING.test(s.t) && (s.hasDate || s.hasTime) && s.top !== "cancel_booking")
    return "book";
  // "Wednesday's no good — same time Thursday?", "half an hour earlier": a detail of the booking changed, not a question.
  if (s.edit && s.top !== "cancel_booking" && !NOT_BOOKING.test(s.t))
    return s.state === "booked" ? "book" : "provide_details";
  // "No, cancel the whole thing — I'm away that week": the booking being made is called off, whatever reason follows.
  if (s.inBooking && CALL_OFF.test(s.t) && !s.hasTime && !s.service && !CORRECTION.test(s.t)) return "deny";
  if (s.state === "booking.confirming") {
    if (NOT_BOOKING.test(s.t)) return "deny";
    const yesOnly =
      (FOREIGN_YES.test(s.t) && (!s.hasSlots || s.t.split(/\s+/).length <= 2)) ||
      (YES_LEAD.test(s.t) && !s.hasSlots && !s.isQuestion && !YES_BUT.test(s.t));
    // "Yes. And what was the price again?": the yes is said first, on its own; the question is answered beside.
    const yesFirst = YES_ALONE.test(s.t) && !s.hasSlots && !YES_BUT.test(s.t);
    if (s.top === "affirm" || (s.top === "thanks" && !s.hasSlots) || yesOnly || yesFirst) return "confirm";
    if (s.top === "abort") return "deny";
    if (s.top === "negate") return s.hasSlots ? "provide_details" : "deny";
  }
  // The answer to the question just asked ("Max Pay" when asked for a name) is a detail, whatever its words.
  const courtesy = (s.top === "abort" || s.top === "negate" || s.top === "affirm") && s.p >= 0.5;
  if (
    s.expecting &&
    !s.isQuestion &&
    ((s.expectingName && s.name && !courtesy) || (s.expecting.endsWith("contact") && s.contact))
  )
    return "provide_details";
  if (s.unknownSubject && s.isQuestion) return "question";
  // "Do you remember my name?": what the customer told the bot is recalled from the conversation (none is given here).
  if ((s.isQuestion || s.asking) && OWN_DETAIL.test(s.t) && !s.name && !s.contact) return "recall_booking";
  if (s.inBooking) {
    if (s.top === "abort" && !s.hasSlots) return "deny";
    // "Don't need it anymore, a mate fixed it": the job itself is no longer wanted, whatever service it names.
    if (NO_LONGER_NEEDED.test(s.t) && !s.hasDate && !s.hasTime && !CORRECTION.test(s.t)) return "deny";
    // "Never mind, I'll do it after Christmas": putting the booking off to a vague later time ends it.
    const vagueOnly = !s.dayNamed && !s.hasTime && !s.service && !s.name && !s.contact;
    if (s.top === "abort" && s.p >= 0.6 && vagueOnly) return "deny";
    // A bare "no" while a detail is being collected refuses that detail; it does not end the booking ("forget it" does).
    if (s.top === "negate" && !s.hasSlots && s.state === "booking.collecting") return "unknown";
    if (s.top === "cancel_booking" && !s.hasSlots && s.scores.cancel_booking! > 0.5) return "deny";
    // "Hang on, which day did I go for?" asks about the booking being made, not a handbook topic.
    if (
      !s.hasSlots &&
      s.topics.length === 0 &&
      OWN_CHOICE.test(s.t) &&
      ((s.scores.recall_booking ?? 0) >= 0.15 ||
        /\bso far\b|\bwhat (have|did) i\b|\bwhere (were|was|did) (we|i)\b/.test(s.t))
    )
      return "recall_booking";
    // "Saturday morning?" when the day was asked for: the answer, not a question about mornings.
    if ((s.expecting === "date" || s.expecting === "time") && (s.hasDate || s.hasTime) && !s.asking)
      return "provide_details";
    // "What's the soonest you can do?": the first free slot is the answer to the question asked.
    if (s.hasTime && !s.service && FIRST_FREE.test(s.t)) return "provide_details";
    // "Hmm actually just a tune-up, that's cheaper right?": the change is made and the question answered beside it.
    if (s.top === "question" && s.hasSlots && CORRECTION.test(s.t)) return "provide_details";
    if (s.top === "question" && (s.topics.length > 0 || !s.hasSlots)) return "question";
    if (s.hasSlots) return "provide_details";
    if (s.top === "affirm" && s.state === "booking.confirming") return "confirm";
  }
  if (s.state === "managing_booking" && (s.name || s.contact) && s.top !== "question") return "provide_details";
  // "Hi, it's Sam Okoye": who the customer is, kept for later; it asks nothing.
  if (s.name && !s.inBooking && !s.isQuestion && !s.hasDate && !s.hasTime && !s.service && s.topics.length === 0)
    return "provide_details";
  if (s.expecting && (s.name || s.contact) && !s.isQuestion) return "provide_details";
  // "Is there a charge if I cancel less than 24 hours before?" asks about the policy; a booking told about ("I booked a
  // tune-up for today… if I cancel, is there a fee?") is the customer's own to cancel.
  if (s.isQuestion && CANCEL_IF.test(s.t) && !/\bbooked\b/.test(s.t) && s.state !== "booked") return "question";
  // A question with no handbook topic that leans to cancelling ("can you cancel that booking?") is the cancel request.
  const leansToCancel = runnerUp(s.scores) === "cancel_booking" && (s.scores.cancel_booking ?? 0) >= 0.2;
  if (s.top === "question" && !s.topics.length && !s.hasSlots && leansToCancel) return "cancel_booking";
  if (s.top === "cancel_booking" && !(s.topics.includes("cancellation_policy") && s.isQuestion))
    return "cancel_booking";
  if (CANCEL_OWN.test(s.t) || cancelsOwnTold(s.t)) return "cancel_booking";
  if (s.state === "booked" && CANCEL_THAT.test(s.t)) return "cancel_booking";
  // "Tune up booking", "cable replacement appointment": a bookable service with a booking noun, asking nothing.
  const terse = s.t.split(/\s+/).length <= 6 && TERSE_BOOKING.test(s.t) && !s.isQuestion && !s.asking;
  if (s.bookable && terse && !/\bmy\b/.test(s.t) && !OWN_CHOICE.test(s.t) && !HAS_BOOKING.test(s.t)) return "book";
  // "Wait, what did I book again, the tune-up or the full service?": asking which of them was booked, not booking one.
  if (!s.inBooking && WHAT_DID_I_BOOK.test(s.t)) return "recall_booking";
  if (s.top === "recall_booking") return "recall_booking";
  if (HAS_BOOKING.test(s.t) && !s.service && !s.hasDate && !s.topics.includes("booking_policy"))
    return "recall_booking";
  // Right after booking, "what time did I say again?" is about that booking.
  if (s.state === "booked" && !s.hasSlots && ((s.scores.recall_booking ?? 0) >= 0.15 || OWN_CHOICE.test(s.t)))
    return "recall_booking";
  if (s.top === "greeting" && s.topics.length === 0 && !s.hasSlots) return "greeting";
  // "Cheers for sorting my gears last month": thanks for past work names a service but asks for nothing.
  const toldOnly = s.p >= 0.5 && !WISH.test(s.t) && !s.isQuestion && !s.asking && !s.hasClock && !s.name && !s.contact;
  if (s.top === "thanks" && s.topics.length === 0 && (!s.hasSlots || toldOnly)) return "thanks";
  return decideRequest(s);
}
