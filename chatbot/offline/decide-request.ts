import type { Intent } from "../schema";
import { DROP_IN } from "./decide-start";
import {
  ASKS_IF_BOOKING_NEEDED,
  BOOK_REQUEST,
  BOOK_VERB,
  CAN_YOU_DO,
  DROP_OFF,
  EARLIEST_LATEST,
  FIRST_FREE,
  NEED_TO_BOOK,
  NOT_BOOKING,
  OPENS_ASKING,
  SERVICE_REQUEST,
  SLOT_GRID,
  WALK_IN_WORDS,
  WISH,
} from "./intent-cues";
import { type IntentSignals, REQUEST_DOUBT, REQUEST_SURE } from "./intent-signals";
import { wishBesideOpen } from "./wish-beside-open";

/**
 * A message that is not a state's answer, a cancel, a recall or small talk: whether it asks for the work (a booking)
 * or asks about the shop (a question), from the request cues, the request-vs-question classifier and the topics.
 */
export function decideRequest(s: IntentSignals): Intent {
  // "Can I book a rental bike?": nothing the shop offers is named, so nothing can be booked; "just planning, not
  // booking yet" says so outright.
  if ((s.notOffered.length && !s.service) || NOT_BOOKING.test(s.t)) return "question";
  if (wishBesideOpen(s)) return "book";
  // A message that opens as a question and that the request-vs-question classifier reads as no request at all
  // ("what days can you book a truing?") asks about booking, even with the verb.
  const asksAboutBooking = OPENS_ASKING.test(s.t) && s.request < 0.3;
  if (
    s.bookVerb &&
    !asksAboutBooking &&
    !(s.isQuestion && NEED_TO_BOOK.test(s.t)) &&
    !ASKS_IF_BOOKING_NEEDED.test(s.t) &&
    !s.topics.some((x) => x === "booking_policy" || x === "cancellation_policy")
  )
    return "book";
  // "Can I book a tune-up and how much is it?": the request stands; the question is answered beside it.
  if (BOOK_REQUEST.test(s.t) && (s.service || s.hasDate) && !ASKS_IF_BOOKING_NEEDED.test(s.t) && !asksAboutBooking)
    return "book";
  // A bookable service, a day and a clock time ("3 o'clock on the 17th for a tune-up, is that free?") is a booking.
  if (
    s.bookable &&
    s.dayNamed &&
    s.hasClock &&
    !WALK_IN_WORDS.test(s.t) &&
    !ASKS_IF_BOOKING_NEEDED.test(s.t) &&
    s.top !== "cancel_booking"
  )
    return "book";
  // From here on a booking read from cues (not an explicit request: "can you do…", "next free slot") is vetoed when
  // the request-vs-question classifier doubts that anything is asked for.
  const cued = s.request >= REQUEST_DOUBT;
  // "Full service — when's your next free slot?": a bookable service and the first free slot is a booking.
  if (s.bookable && FIRST_FREE.test(s.t) && !ASKS_IF_BOOKING_NEEDED.test(s.t)) return "book";
  if (cued && s.bookable && !s.isQuestion && SERVICE_REQUEST.test(s.t) && !/\b(how much|price|cost|know)\b/.test(s.t))
    return "book";
  // "Tune-up. Name: Olumide Bello.": a bookable service with who it is for is a booking, not a question.
  if (cued && s.bookable && (s.name || s.contact) && !s.isQuestion && s.topics.length === 0) return "book";
  // "Full service in 3 days? anytime in the morning": a bookable service and a day, not phrased as a question about
  // the shop, is a booking whatever side topic the classifier half-sees.
  if (
    cued &&
    s.bookable &&
    s.hasDate &&
    !s.asking &&
    !s.notOffered.length &&
    !ASKS_IF_BOOKING_NEEDED.test(s.t) &&
    !s.topics.some((x) => x === "hours" || x === "holidays" || x === "cancellation_policy")
  )
    return "book";
  // "I need a cable replaced": a bookable service wanted, and nothing asked in words, starts its booking.
  if (
    cued &&
    s.bookable &&
    !s.asking &&
    !s.isQuestion &&
    !s.notOffered.length &&
    !ASKS_IF_BOOKING_NEEDED.test(s.t) &&
    (WISH.test(s.t) || s.name || s.contact) &&
    s.topics.every((x) => x === "services" || x === "prices" || x === "duration" || x === "booking_policy")
  )
    return "book";
  // "Can I come in this weekend for a tune-up?": bringing a bookable service in on a day, with no words of walking in
  // and nothing else asked, asks for a slot (the walk-in topic is half-seen in "come in").
  if (
    cued &&
    s.bookable &&
    s.hasDate &&
    DROP_OFF.test(s.t) &&
    !WALK_IN_WORDS.test(s.t) &&
    !ASKS_IF_BOOKING_NEEDED.test(s.t) &&
    !ASKS_IF_REQUIRED.test(s.t) &&
    s.topics.every((x) => x === "walk_in" || x === "services" || x === "booking_policy")
  )
    return "book";
  // "Can you true my front wheel?", "could you tune up my e-bike?": asking the shop to do a bookable job on one's own
  // bike is a request for the work (what is not offered is said beside it), not a question about the service; with
  // the price asked ("can u true my wheel, how much?") it stays a question.
  if (
    s.bookable &&
    DO_IT_TO_MINE.test(s.t) &&
    !ASKS_IF_BOOKING_NEEDED.test(s.t) &&
    !/\b(how mu\w*|price|cost|charge|quote)\b|\$\d/.test(s.t) &&
    s.topics.every((x) => x === "services" || x === "ebike" || x === "not_offered")
  )
    return "book";
  if (s.topics.includes("walk_in") || s.notOffered.length) return "question";
  // "May I leave the bike in on Friday to get a wheel trued?": leave asked to bring a bookable job in on a day books it (the day is checked).
  if (s.bookable && s.hasDate && DROP_IN.test(s.t) && s.topics.every((x) => x === "services" || x === "booking_policy"))
    return "book";
  if (asksSlotGrid(s)) return "question";
  // "How long does a full service take? need it for a race": a question in words about a handbook topic, with no
  // request for the work ("can you true it?", "want to drop it off") and no clock time, starts no booking.
  const requestsWork =
    s.bookVerb ||
    BOOK_REQUEST.test(s.t) ||
    CAN_YOU_DO.test(s.t) ||
    /\b(can|could|would) (you|u) \w+ (it|them|mine|my)\b/.test(s.t) ||
    (WISH.test(s.t) && DROP_OFF.test(s.t) && !ASKS_IF_REQUIRED.test(s.t));
  if (s.asking && s.topics.some((x) => x !== "booking_policy") && !requestsWork && !s.hasClock) return "question";
  // A bookable service and a day ("tune up this weekend?", "full service the day after tomorrow, 2ish") is a booking.
  if (
    cued &&
    s.bookable &&
    s.hasDate &&
    s.topics.every((x) => x === "services" || x === "booking_policy") &&
    !/\b(price|cost|how much|charge)\b|\$\d/.test(s.t)
  )
    return "book";
  // "Last drop-off on Fridays?" asks about the slot grid; "can I drop it off Friday at 10" asks for a slot.
  const slotGrid = s.topics.includes("booking_policy") && EARLIEST_LATEST.test(s.t) && !WISH.test(s.t);
  if (cued && s.hasDate && s.hasTime && DROP_OFF.test(s.t) && !slotGrid) return "book";
  // "Can you do a tune-up on my e-bike?": a request for a bookable service starts its booking (the e-bike rule is said
  // beside it).
  if (s.bookable && CAN_YOU_DO.test(s.t) && s.topics.every((x) => x === "services" || x === "ebike")) return "book";
  if (s.unknownSubject && s.isQuestion) return "question";
  // "Do I need an appointment for a tune-up?" asks about booking; it does not start one.
  if ((s.isQuestion && NEED_TO_BOOK.test(s.t)) || ASKS_IF_BOOKING_NEEDED.test(s.t)) return "question";
  // The classifier's lean to "book" leans on the word; "I book hotels for work" beside a service question is no booking.
  const otherSenseBook = BOOK_VERB.test(s.t) && !s.bookVerb;
  // A weak lean to "book" does not outweigh a question about the day itself ("hours thursday & friday?").
  const asksAboutDay = s.isQuestion && s.topics.some((x) => x === "hours" || x === "holidays" || x === "busy_times");
  // A message that opens as a question the request classifier reads as no request ("what hours could I book a cable
  // swap in?") asks about booking: a weak lean to "book" does not turn it into one.
  const leansToBook =
    (s.scores.book ?? 0) >= 0.25 && (s.bookable || s.hasDate) && !otherSenseBook && !asksAboutDay && !asksAboutBooking;
  if (cued && (s.top === "book" || leansToBook)) return "book";
  if (cued && s.top === "details" && s.bookable) return "book";
  // "Can I get 11:30 sometime this week?": asking to get a clock time, with no handbook topic, asks for a slot.
  if (cued && s.hasClock && !s.topics.length && !s.unknownSubject && /\b(get|grab|have) (a |the )?\d/.test(s.t))
    return "book";
  // "Saturday, first slot you have" / "can you fit me in Friday": a day plus a booking cue is a booking.
  if (
    cued &&
    (s.hasDate || s.hasTime) &&
    (s.topics.length === 0 || (s.topics.every((x) => x === "booking_policy") && WISH.test(s.t))) &&
    (s.scores.book ?? 0) >= 0.1 &&
    /\b(slot|fit|squeeze|book|appointment|drop (it|my bike|the bike|off)|bring (it|my bike|the bike) in)\b|\b(get|grab) (a |the )?\d/.test(
      s.t,
    )
  )
    return "book";
  // "Cable replacement appointment", "the 24th then, 10:30?": what the classifier reads as a request for the work, with
  // no handbook topic asked, is a booking (the missing details are asked for).
  const wanted = (s.bookable && !s.asking) || (s.dayNamed && s.hasClock);
  if (wanted && s.request >= REQUEST_SURE && !s.topics.length && !s.unknownSubject) return "book";
  // "What about the 24th then, 10:30?": a day and a clock time asked about with no handbook topic only ask for a slot.
  if (s.dayNamed && s.hasClock && !s.topics.length && !s.unknownSubject && !s.notOffered.length) return "book";
  if (s.top === "question" || s.topics.length > 0 || s.isQuestion) return "question";
  if (s.top === "affirm") return "confirm";
  if (s.top === "negate" || s.top === "abort") return "deny";
  if (s.hasSlots) return s.expecting ? "provide_details" : s.service ? "book" : "unknown";
  return "unknown";
}

/** Asking the shop to do a job to one's own bike ("can you true my wheel", "could u service our bikes"). */
const DO_IT_TO_MINE =
  /\b(can|could|would|will) (you|u|ya|you guys) (please |pls )?(true|tune[- ]?up|tune|service|overhaul|replace|fix|adjust|straighten|sort( out)?|look at|check over|redo|swap)\b[^.?!]{0,12}\b(my|our|his|her|these|this|the)\b/;

/** Asking what is required ("do I need to pay a deposit when I drop off…?"): "need" there wants nothing done. */
const ASKS_IF_REQUIRED = /\b(do|does|will|would|should) (i|we|you) (\w+ )?(need|have) to\b/;

/** Asking whether drop-offs are only on the grid ("or is it only on the hour?", "half hours only?"). */
const ONLY_ON_GRID =
  /\bonly (on the hour|on the half[- ]?hour|(at |on )?(the )?half[- ]?hours?|every (30 minutes|half[- ]?hour))\b|\b(on the hour|half[- ]?hours?) only\b/;

/**
 * Where a day's slot grid starts or ends, asked with no wish, name or contact ("latest drop-off on Thursday?",
 * "earliest slot friday?"): the grid is answered, nothing is booked. Where it ends is asked even beside a service or
 * "book" ("when's the latest I could book for on a thursday?") unless a clock time or an explicit request comes with
 * it; where it starts only with no service and no booking verb ("earliest slot for a tune-up on the 2nd?" leads into a
 * booking, and "want it sorted Saturday, last slot?" wants one).
 */
export function asksSlotGrid(s: IntentSignals): boolean {
  if (!s.isQuestion || s.name || s.contact) return false;
  // "Can I get 11:15, or is it only on the hour?": whether the grid allows other times is asked, whatever is wanted.
  if (ONLY_ON_GRID.test(s.t) && !s.service) return true;
  if (WISH.test(s.t)) return false;
  const grid = (s.topics.includes("booking_policy") && EARLIEST_LATEST.test(s.t)) || SLOT_GRID.test(s.t);
  if (!grid) return false;
  if (/\b(last|latest|final)\b/.test(s.t) && !s.hasClock && !BOOK_REQUEST.test(s.t)) return true;
  return !s.service && !s.bookVerb;
}
