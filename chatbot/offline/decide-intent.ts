import type { ServiceId } from "../../knowledge-base/index";
import { MOVES_BOOKING } from "../decide-booking";
import type { Intent, Topic } from "../schema";
import type { IntentLabel } from "../understanding/corpus";

// Wanting the work done ("want my gears sorted Saturday, first slot?"), not asking about the slot grid.
const WISH = /\b(want|wanna|need|needs|like|get|gotta|hoping|hope)\b/;
const EARLIEST_LATEST = /\b(first|earliest|last|latest|final)\b/;
/** A day's first or last drop-off slot ("earliest slot friday?", "last drop off on tues?"). */
export const SLOT_GRID =
  /\b(first|earliest|last|latest|final) (drop-?\s?off |booking |appointment )?(slots?|drop-?\s?offs?|appointments?)\b/;
const CAN_YOU_DO = /\b(can|could|would|will) (you|u|ya|you guys) (do|fit in|squeeze in|take on)\b/;
/** A verb of booking ("book", "reserve", "schedule"), not "book in advance". */
export const BOOK_VERB = /\b(book|reserve|schedule)\b(?! (in advance|ahead))/;
/** Asking whether booking is needed ("do I need an appointment", "is booking required"). */
export const NEED_TO_BOOK =
  /\b(need|have|gotta|got|must) (to )?(an? )?(book|booking|appointment|reservation|make an appointment)\b|\b(is|are) (an? )?(appointment|booking)s? (needed|required|necessary)\b|\bneed (booking|an appointment)\b/;
const OWN_CHOICE =
  /\b(is|was) it (under|for|at|on)\b|\b(what|which) \w+ (was|is) it\b|\bwhat (have|did) i (given|give|told|tell|said|say)\b|\bso far\b|\bunder (what|which) name\b|\b(did i|i (picked|chose|booked|said|went for|selected))\b|\bmy (booking|appointment|slot|drop-?off|reservation)\b/;
/** Asking whether one has a booking ("did I already book…?", "am I booked in?", "when's my appointment?"). */
const HAS_BOOKING =
  /\b(did|have) i (already |got )?(book|booked|made|make|reserve)\w*\b|\bdo i (still )?have (a|an|any) (booking|appointment|slot)\b|\bam i (booked|down)\b|\bwhen('s| is) my (booking|appointment|slot|drop-?off)\b/;
/** An explicit request to book ("can I book…", "I'd like to book…", "book me in"), not a question about booking. */
const BOOK_REQUEST =
  /\b(can|could|may) (i|we|you) (please )?(book|reserve|schedule)\b|\b(like|want|wanna|looking|hoping|trying) to (book|reserve|schedule)\b|\bplease (book|reserve)\b|\bbook me\b/;
/** Asking for a person, in English or the languages customers mix in ("speak to the owner", "hablar con una persona"). */
const ASKS_FOR_PERSON =
  /\bwho (can|do|should|could) (i|we) (complain|speak|talk) to\b|\b(make|file|lodge|raise) an? (formal )?complaint\b|\b(speak|talk|chat) (to|with) (a |an |the |your |someone |somebody )?(real )?(human|person|people|manager|owner|boss|staff|employee|mechanic|someone|somebody)\b|\bhablar con (una persona|alguien|un humano|el dueño|el encargado)|\bparler (à|a|avec) (quelqu'un|un humain|une personne|le patron)|\b(mit|einem) (einem |einer )?(menschen|mitarbeiter\w*|person)\b.*\bsprechen\b/;
/** "Cancel it", "can you cancel that" right after booking: the booking just made. */
const CANCEL_THAT = /\bcancel (it|that|this)\b/;
/** Yes in the languages customers mix in ("sí, confirmo", "ja", "oui"), read only when a confirmation was asked. */
const FOREIGN_YES = /^\s*(s[ií]|ja|oui|da|sim|hai|tak|jep|claro|vale|genau|d'accord)(?!\p{L})/u;
/** An answer that opens with a yes ("yes now it's right", "aye that's grand"), at the confirmation. */
const YES_LEAD = /^\s*(yes|yep|yeah|yup|yea|ya|aye|sure|ok|okay|alright|correct|perfect|grand|lovely|brilliant)\b/;
/** A yes that goes on to take something back ("yes but the time is wrong", "ok, not Friday though"). */
const YES_BUT = /\b(but|except|wrong|change|not|no|wait|hold on|actually)\b/;
/** A change to a detail already given ("actually just a tune-up", "make it Friday instead"). */
const CORRECTION =
  /\b(actually|instead|rather|make it|change (it |that )?to|switch (it |that )?to|on second thought)\b/;
/** Walking in rather than booking ("can I just walk in…", "pop in without an appointment"). */
const WALK_IN_WORDS =
  /\bwalk(-| )?in\b|\bjust (turn|show|pop|drop|swing|come) (up|in|by|round)\b|\bwithout (a |an )?(booking|appointment)\b/;
/** Asking for the first free day or slot ("what's the soonest?", "earliest you have"). */
const FIRST_FREE = /\b(soonest|earliest|asap|as soon as)\b|\b(first|next) (available|free|slot|opening|open)\b/;
/** A plain request for a service ("gear cables please", "I need a full service"), not a question about it. */
const SERVICE_REQUEST =
  /\b(please|pls|plz)\b|\bi('d| would) like (a|an|to get|my|new)\b|\bi (need|want) (a|an|my|new|the)\b/;
/** "Do I need to book for those", "does a tune-up need an appointment": a question even without a question mark. */
const ASKS_IF_BOOKING_NEEDED =
  /\b(do|does|would|will|should|must) (i|we|you|one|it|they|those|these|that|a|an|the)\b[^.?!]{0,30}\b(need|have|require|got) (to )?(an? )?(book|booking|appointment|reservation)/;
/** Cancelling one's own booking ("need to cancel my truing on Friday", "I have a tune-up booked… need to cancel"). */
const CANCEL_OWN =
  /\b(i|we) (have|had|got) (a|an|my|the|our) (\S+ ){0,2}(booking|appointment|appt|slot|reservation|tune-?up|service|truing|repair|drop-?off|cable)[^.?!]{0,50}\b(can'?t|cannot|won'?t be able to|unable to) (make|come|do)\b|\b(cancel|call off|scrap)\b[^.?!]{0,40}\b(my|our|the|that|this) (\w+[ -])?(booking|appointment|appt|reservation|slot|tune-?up|service|truing|repair|drop-?off)\b|\b(i|we) (have|had|got) [^.?!]{0,40}\bbooked\b[^.?!]{0,40}\bcancel/;
/** A booking noun ("appointment", "booking", "slot") that names the request in a terse message. */
const TERSE_BOOKING = /\b(appointment|appt|booking|slot|reservation)\b/;
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
  /** A single day was named (not only a span such as "after Christmas" or "in January"). */
  dayNamed: boolean;
  hasTime: boolean;
  /** A clock time ("3 o'clock", "10:30", a lone hour in a booking), not only a part of the day. */
  hasClock: boolean;
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
  /** The request-vs-question classifier's probability that the message asks for the work or a slot. */
  request: number;
}

/**
 * Below this probability of a request the request-vs-question classifier doubts a booking read only from cues (a
 * service with a wish, a day, "get"): "if I get a tune-up when will it be ready?" asks. An explicit request ("book",
 * "can I book", a service with a day and a clock time) does not need it.
 */
export const REQUEST_DOUBT = 0.15;
/** At or above this probability a message naming a bookable service, or a day and a clock time, asks for the work. */
export const REQUEST_SURE = 0.65;

/** Saying outright that nothing is being booked yet ("just planning, not booking yet", "don't book it"). */
const NOT_BOOKING =
  /\b(not|n't|never) (book|booking|reserve|ready to book)\b|\bdon'?t (book|reserve)\b|\bjust (planning|asking|curious|wondering|checking)\b/;
/** A message that opens as a question ("what days can you book…", "if I book…, how long…"). */
const OPENS_ASKING = /^(what|what's|whats|when|when's|which|how|how's|where|why|if)\b/;

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
  if (
    (s.top === "handoff" && (s.p >= 0.4 || (s.p >= 0.25 && !s.topics.length && !s.hasSlots))) ||
    ASKS_FOR_PERSON.test(s.t)
  )
    return "handoff";
  // "Can we push it to Thursday?" right after booking: the booking is moved, not a question about Thursdays.
  if (s.state === "booked" && MOVES_BOOKING.test(s.t) && (s.hasDate || s.hasTime) && s.top !== "cancel_booking")
    return "book";
  if (s.state === "booking.confirming") {
    if (NOT_BOOKING.test(s.t)) return "deny";
    const yesOnly =
      (FOREIGN_YES.test(s.t) && (!s.hasSlots || s.t.split(/\s+/).length <= 2)) ||
      (YES_LEAD.test(s.t) && !s.hasSlots && !s.isQuestion && !YES_BUT.test(s.t));
    if (s.top === "affirm" || (s.top === "thanks" && !s.hasSlots) || yesOnly) return "confirm";
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
      ((s.scores.recall_booking ?? 0) >= 0.15 || /\bso far\b|\bwhat (have|did) i\b/.test(s.t))
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
  // A question with no handbook topic that leans to cancelling ("can you cancel that booking?") is the cancel request.
  const leansToCancel = runnerUp(s.scores) === "cancel_booking" && (s.scores.cancel_booking ?? 0) >= 0.2;
  if (s.top === "question" && !s.topics.length && !s.hasSlots && leansToCancel) return "cancel_booking";
  if (s.top === "cancel_booking" && !(s.topics.includes("cancellation_policy") && s.isQuestion))
    return "cancel_booking";
  if (CANCEL_OWN.test(s.t)) return "cancel_booking";
  if (s.state === "booked" && CANCEL_THAT.test(s.t)) return "cancel_booking";
  // "Tune up booking", "cable replacement appointment": a bookable service with a booking noun, asking nothing.
  const terse = s.t.split(/\s+/).length <= 6 && TERSE_BOOKING.test(s.t) && !s.isQuestion && !s.asking;
  if (s.bookable && terse && !/\bmy\b/.test(s.t) && !OWN_CHOICE.test(s.t) && !HAS_BOOKING.test(s.t)) return "book";
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
  // "Can I book a rental bike?": nothing the shop offers is named, so nothing can be booked; "just planning, not
  // booking yet" says so outright.
  if ((s.notOffered.length && !s.service) || NOT_BOOKING.test(s.t)) return "question";
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
  if (s.topics.includes("walk_in") || s.notOffered.length) return "question";
  // "Latest drop-off slot on Thursday?": where the slot grid ends, asked with no wish and no clock time, asks about the
  // grid ("earliest slot on the 2nd?" leads into a booking, and "want it sorted Saturday, last slot?" wants one).
  const gridEndAsked = s.topics.includes("booking_policy") && /\b(last|latest|final)\b/.test(s.t) && !WISH.test(s.t);
  if (gridEndAsked && s.isQuestion && !s.hasClock && !s.name && !s.contact && !BOOK_REQUEST.test(s.t))
    return "question";
  // "How long does a full service take? need it for a race": a question in words about a handbook topic, with no
  // request for the work ("can you true it?", "want to drop it off") and no clock time, starts no booking.
  const requestsWork =
    s.bookVerb ||
    BOOK_REQUEST.test(s.t) ||
    CAN_YOU_DO.test(s.t) ||
    /\b(can|could|would) (you|u) \w+ (it|them|mine|my)\b/.test(s.t) ||
    (WISH.test(s.t) && DROP_OFF.test(s.t));
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
  // A weak lean to "book" does not outweigh a question about the day itself ("hours thursday & friday?", "latest
  // drop-off on tuesday?" with no service, wish or name: the slot grid is answered, nothing is booked).
  const gridWords = SLOT_GRID.test(s.t) && !WISH.test(s.t);
  const gridAsked = s.isQuestion && (slotGrid || gridWords) && !s.service && !s.name && !s.contact && !s.bookVerb;
  const asksAboutDay =
    gridAsked || (s.isQuestion && s.topics.some((x) => x === "hours" || x === "holidays" || x === "busy_times"));
  const leansToBook = (s.scores.book ?? 0) >= 0.25 && (s.bookable || s.hasDate) && !otherSenseBook && !asksAboutDay;
  if (gridAsked) return "question";
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
