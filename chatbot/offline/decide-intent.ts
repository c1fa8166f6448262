import type { ServiceId } from "../../knowledge-base/index";
import type { Intent, Topic } from "../schema";
import type { IntentLabel } from "../understanding/corpus";

// Wanting the work done ("want my gears sorted Saturday, first slot?"), not asking about the slot grid.
const WISH = /\b(want|wanna|need|needs|like|get|gotta|hoping|hope)\b/;
const EARLIEST_LATEST = /\b(first|earliest|last|latest|final)\b/;
const CAN_YOU_DO = /\b(can|could|would|will) (you|u|ya|you guys) (do|fit in|squeeze in|take on)\b/;
/** A verb of booking ("book", "reserve", "schedule"), not "book in advance". */
export const BOOK_VERB = /\b(book|reserve|schedule)\b(?! (in advance|ahead))/;
/** Asking whether booking is needed ("do I need an appointment", "is booking required"). */
export const NEED_TO_BOOK =
  /\b(need|have) (to )?(an? )?(book|booking|appointment|reservation|make an appointment)\b|\b(is|are) (an? )?(appointment|booking)s? (needed|required|necessary)\b|\bneed (booking|an appointment)\b/;
const OWN_CHOICE =
  /\b(did i|i (picked|chose|booked|said|went for|selected))\b|\bmy (booking|appointment|slot|drop-?off|reservation)\b/;
const DROP_OFF = /\b(drop (it |my bike |the bike )?off|bring (it|my bike|the bike) in|come in|swing by)\b/;

/** What the understanding found in one message, as the intent decision reads it. */
export interface IntentSignals {
  /** The message, lower case. */
  t: string;
  state: string;
  expecting: string | null;
  inBooking: boolean;
  expectingName: boolean;
  /** The intent classifier's best label, its probability, and every label's. */
  top: IntentLabel;
  p: number;
  scores: Record<string, number>;
  topics: Topic[];
  notOffered: string[];
  service: ServiceId | null;
  /** A named service must be booked (not walk-in). */
  bookable: boolean;
  hasDate: boolean;
  hasTime: boolean;
  hasSlots: boolean;
  name: string | null;
  contact: string | null;
  isQuestion: boolean;
  /** Some clause asks in words ("…, how much is a full service"), even when the message does not start as a question. */
  asking: boolean;
  /** The message is about something the handbook never mentions (discounts, delivery…). */
  unknownSubject: boolean;
  /** A booking verb in the same sentence as a service or a day ("I book flights… what's in a full service?" has none). */
  bookVerb: boolean;
}

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
  // A request for a person the classifier reads weakly (another language) still wins when nothing else is asked.
  if (s.top === "handoff" && (s.p >= 0.4 || (s.p >= 0.25 && !s.topics.length && !s.hasSlots))) return "handoff";
  if (s.state === "booking.confirming") {
    if (s.top === "affirm" || (s.top === "thanks" && !s.hasSlots)) return "confirm";
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
  if (s.inBooking) {
    if (s.top === "abort" && !s.hasSlots) return "deny";
    // A bare "no" while a detail is being collected refuses that detail; it does not end the booking ("forget it" does).
    if (s.top === "negate" && !s.hasSlots && s.state === "booking.collecting") return "unknown";
    if (s.top === "cancel_booking" && !s.hasSlots && s.scores.cancel_booking! > 0.5) return "deny";
    // "Hang on, which day did I go for?" asks about the booking being made, not a handbook topic.
    if (!s.hasSlots && s.topics.length === 0 && OWN_CHOICE.test(s.t) && (s.scores.recall_booking ?? 0) >= 0.15)
      return "recall_booking";
    if (s.top === "question" && (s.topics.length > 0 || !s.hasSlots)) return "question";
    if (s.hasSlots) return "provide_details";
    if (s.top === "affirm" && s.state === "booking.confirming") return "confirm";
  }
  if (s.state === "managing_booking" && (s.name || s.contact) && s.top !== "question") return "provide_details";
  if (s.expecting && (s.name || s.contact) && !s.isQuestion) return "provide_details";
  // A question with no handbook topic that leans to cancelling ("can you cancel that booking?") is the cancel request.
  const leansToCancel = runnerUp(s.scores) === "cancel_booking" && (s.scores.cancel_booking ?? 0) >= 0.2;
  if (s.top === "question" && !s.topics.length && !s.hasSlots && leansToCancel) return "cancel_booking";
  if (s.top === "cancel_booking" && !(s.topics.includes("cancellation_policy") && s.isQuestion))
    return "cancel_booking";
  if (s.top === "recall_booking") return "recall_booking";
  // Right after booking, "what time did I say again?" is about that booking.
  if (s.state === "booked" && !s.hasSlots && ((s.scores.recall_booking ?? 0) >= 0.15 || OWN_CHOICE.test(s.t)))
    return "recall_booking";
  if (s.top === "greeting" && s.topics.length === 0 && !s.hasSlots) return "greeting";
  if (s.top === "thanks" && s.topics.length === 0 && !s.hasSlots) return "thanks";
  if (
    s.bookVerb &&
    !(s.isQuestion && NEED_TO_BOOK.test(s.t)) &&
    !s.topics.some((x) => x === "booking_policy" || x === "cancellation_policy")
  )
    return "book";
  // "Full service in 3 days? anytime in the morning": a bookable service and a day, not phrased as a question about
  // the shop, is a booking whatever side topic the classifier half-sees.
  if (
    s.bookable &&
    s.hasDate &&
    !s.asking &&
    !s.notOffered.length &&
    !s.topics.some((x) => x === "hours" || x === "holidays" || x === "cancellation_policy")
  )
    return "book";
  // "I need a cable replaced", "tune-up. Name: Olumide Bello.": a bookable service wanted, or with the customer's
  // details, and nothing asked in words, starts its booking.
  if (
    s.bookable &&
    !s.asking &&
    !s.isQuestion &&
    !s.notOffered.length &&
    (WISH.test(s.t) || s.name || s.contact) &&
    s.topics.every((x) => x === "services" || x === "prices" || x === "duration" || x === "booking_policy")
  )
    return "book";
  if (s.topics.includes("walk_in") || s.notOffered.length) return "question";
  // A bookable service and a day ("tune up this weekend?", "full service the day after tomorrow, 2ish") is a booking.
  if (s.bookable && s.hasDate && s.topics.every((x) => x === "services" || x === "booking_policy")) return "book";
  // "Last drop-off on Fridays?" asks about the slot grid; "can I drop it off Friday at 10" asks for a slot.
  const slotGrid = s.topics.includes("booking_policy") && EARLIEST_LATEST.test(s.t) && !WISH.test(s.t);
  if (s.hasDate && s.hasTime && DROP_OFF.test(s.t) && !slotGrid) return "book";
  // "Can you do a tune-up on my e-bike?": a request for a bookable service starts its booking (the e-bike rule is said
  // beside it).
  if (s.bookable && CAN_YOU_DO.test(s.t) && s.topics.every((x) => x === "services" || x === "ebike")) return "book";
  if (s.unknownSubject && s.isQuestion) return "question";
  // "Do I need an appointment for a tune-up?" asks about booking; it does not start one.
  if (s.isQuestion && NEED_TO_BOOK.test(s.t)) return "question";
  // The classifier's lean to "book" leans on the word; "I book hotels for work" beside a service question is no booking.
  const otherSenseBook = BOOK_VERB.test(s.t) && !s.bookVerb;
  if (s.top === "book" || ((s.scores.book ?? 0) >= 0.25 && (s.bookable || s.hasDate) && !otherSenseBook)) return "book";
  if (s.top === "details" && s.bookable) return "book";
  // "Saturday, what's your first slot?" / "can you fit me in Friday": a day plus a booking cue is a booking.
  if (
    (s.hasDate || s.hasTime) &&
    (s.topics.length === 0 || (s.topics.every((x) => x === "booking_policy") && WISH.test(s.t))) &&
    (s.scores.book ?? 0) >= 0.1 &&
    /\b(slot|fit|squeeze|book|appointment|drop (it|my bike|the bike|off)|bring (it|my bike|the bike) in)\b/.test(s.t)
  )
    return "book";
  if (s.top === "question" || s.topics.length > 0 || s.isQuestion) return "question";
  if (s.top === "affirm") return "confirm";
  if (s.top === "negate" || s.top === "abort") return "deny";
  if (s.hasSlots) return s.expecting ? "provide_details" : s.service ? "book" : "unknown";
  return "unknown";
}
