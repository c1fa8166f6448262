import type { ServiceId } from "../../knowledge-base/index";
import type { Intent, Topic } from "../schema";
import type { IntentLabel } from "../understanding/corpus";

const BOOK_VERB = /\b(book|reserve|schedule)\b(?! (in advance|ahead))/;
const NEED_TO_BOOK =
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
  /** The message is about something the handbook never mentions (discounts, delivery…). */
  unknownSubject: boolean;
}

/**
 * The intent of a message from the classifier's reading and what the entity layer found; the conversation state
 * decides what a bare "yes", a name or a date means.
 */
export function decideIntent(s: IntentSignals): Intent {
  const {
    t,
    state,
    expecting,
    inBooking,
    expectingName,
    top,
    p,
    scores,
    topics,
    notOffered,
    service,
    hasDate,
    hasTime,
    hasSlots,
    name,
    contact,
    isQuestion,
    unknownSubject,
    bookable,
  } = s;
  if (!/[\p{L}\p{N}]/u.test(t)) return "unknown";
  if (top === "handoff" && p >= 0.4) return "handoff";
  if (state === "booking.confirming") {
    if (top === "affirm" || (top === "thanks" && !hasSlots)) return "confirm";
    if (top === "abort") return "deny";
    if (top === "negate") return hasSlots ? "provide_details" : "deny";
  }
  // The answer to the question just asked ("Max Pay" when asked for a name) is a detail, whatever its words.
  const courtesy = (top === "abort" || top === "negate" || top === "affirm") && p >= 0.5;
  if (expecting && !isQuestion && ((expectingName && name && !courtesy) || (expecting.endsWith("contact") && contact)))
    return "provide_details";
  if (unknownSubject && isQuestion) return "question";
  if (inBooking) {
    if (top === "abort" && !hasSlots) return "deny";
    // A bare "no" while a detail is being collected refuses that detail; it does not end the booking ("forget it" does).
    if (top === "negate" && !hasSlots && state === "booking.collecting") return "unknown";
    if (top === "cancel_booking" && !hasSlots && scores.cancel_booking! > 0.5) return "deny";
    // "Hang on, which day did I go for?" asks about the booking being made, not a handbook topic.
    if (!hasSlots && topics.length === 0 && OWN_CHOICE.test(t) && (scores.recall_booking ?? 0) >= 0.15)
      return "recall_booking";
    if (top === "question" && (topics.length > 0 || !hasSlots)) return "question";
    if (hasSlots) return "provide_details";
    if (top === "affirm" && state === "booking.confirming") return "confirm";
  }
  if (state === "managing_booking" && (name || contact) && top !== "question") return "provide_details";
  if (expecting && (name || contact) && !isQuestion) return "provide_details";
  if (top === "cancel_booking" && !(topics.includes("cancellation_policy") && isQuestion)) return "cancel_booking";
  if (top === "recall_booking") return "recall_booking";
  // Right after booking, "what time did I say again?" is about that booking.
  if (state === "booked" && !hasSlots && ((scores.recall_booking ?? 0) >= 0.15 || OWN_CHOICE.test(t)))
    return "recall_booking";
  if (top === "greeting" && topics.length === 0 && !hasSlots) return "greeting";
  if (top === "thanks" && topics.length === 0 && !hasSlots) return "thanks";
  if (
    BOOK_VERB.test(t) &&
    (service || hasDate) &&
    !topics.some((x) => x === "booking_policy" || x === "cancellation_policy")
  )
    return "book";
  if (topics.includes("walk_in") || notOffered.length) return "question";
  // A bookable service and a day ("tune up this weekend?", "full service the day after tomorrow, 2ish") is a booking.
  if (bookable && hasDate && topics.every((x) => x === "services" || x === "booking_policy")) return "book";
  if (hasDate && hasTime && DROP_OFF.test(t)) return "book";
  if (unknownSubject && isQuestion) return "question";
  // "Do I need an appointment for a tune-up?" asks about booking; it does not start one.
  if (isQuestion && NEED_TO_BOOK.test(t)) return "question";
  if (top === "book" || ((scores.book ?? 0) >= 0.25 && (bookable || hasDate))) return "book";
  if (top === "details" && bookable) return "book";
  // "Saturday, what's your first slot?" / "can you fit me in Friday": a day plus a booking cue is a booking.
  if (
    (hasDate || hasTime) &&
    topics.length === 0 &&
    (scores.book ?? 0) >= 0.1 &&
    /\b(slot|fit|squeeze|book|appointment|drop (it|my bike|the bike|off)|bring (it|my bike|the bike) in)\b/.test(t)
  )
    return "book";
  if (top === "question" || topics.length > 0 || isQuestion) return "question";
  if (top === "affirm") return "confirm";
  if (top === "negate" || top === "abort") return "deny";
  if (hasSlots) return expecting ? "provide_details" : service ? "book" : "unknown";
  return "unknown";
}
