import type { Intent } from "../schema";

/**
 * A request for the work stated as a wish or a need ("want to get a full service booked that morning", "I know cable
 * jobs need an appointment — can I get one?", "need them replaced", "truing booking please").
 */
const WANTS_IT_DONE =
  /\b(want|wanna|need|needs|like|love|hoping|looking|trying|keen|wish|gotta)\s+(to\s+)?(get|have)\s+(it|them|this|that|one|mine|my\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+(?:\s+[\w-]+)?|an?\s+[\w-]+(?:\s+[\w-]+)?)\s+(booked|sorted|done|fixed|trued|replaced|serviced|looked at|tuned|in)\b|\b(need|want)\s+(it|them|this|that)\s+(sorted|done|fixed|trued|replaced|booked|serviced|tuned)\b|\bcan (i|we) (get|have|book) (one|a slot|an appointment|a booking)\b|\b(booking|appointment) (please|pls|plz)\b/;
/** An explicit wish to book, with or without its object ("I'd like to book.", "want to make an appointment"). */
const WANTS_TO_BOOK =
  /\b((i|we)'?d like|would like|i want|i need|want|wanna|looking|hoping|trying)\s+to\s+(book|(make|set up|arrange|get|schedule) (a|an) ([\w-]+ )?(booking|appointment|appt|reservation|slot)|schedule|reserve)\b|\bbook me in\b/;
/**
 * "Book truing pls", "please book me a tune-up": a sentence that opens with the booking verb; "put me down for a full
 * service", "pencil me in": booking in other words.
 */
const BOOK_FIRST =
  /(^|[.!?;,]\s*)(ok |okay |great |cool |pls |please |plz )?(book|reserve|schedule)\s+(?!in advance|ahead)|\b(put|pencil|sign|squeeze) (me|us) (down|in|up)\b/;
/**
 * Asking to make a booking, no service named yet ("could we set up an appointment?", "can I make a booking please",
 * "could I book something?", "can we book my bike in", "can I book one in", "could we get it booked?"): not how to book ("…online?", "…by phone?").
 */
const ASKS_TO_MAKE_ONE =
  /\b(can|could|may) (i|we) (please |just )?(make|book|set up|schedule|arrange) (an? )?(appointment|booking|reservation)\b(?!\s+(online|by|over|through|via|without|in advance|ahead|on (the )?(phone|web|site|website)))|\b(can|could|may) (i|we) (please |just )?book( (something|anything|in|me in|a slot|a time|one|it|that|this|a repair|a job|my bike)( in)?)?\s*(\?|$|[.!,;]|(please|pls|plz|with you|then)\b)|\b(can|could|may) (i|we) (please |just )?(get|have) (one|it|that|this|me|us) (booked|booked in|scheduled|reserved|in)\s*(\?|$|[.!,;]|(please|pls|plz|then|for)\b)/;
/**
 * Asking whether a day or slot is free ("is Friday the 22nd free?", "are you free Saturday at 11?"): a booking asked
 * for, its service still to be given. (Not whether the shop is open: that asks the hours.)
 */
export const DAY_FREE =
  /\b(is|are)\s+(?:(?:this|next|the|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.?!]{0,20}\b(free|available)\b|\b(are|r)\s+(you|u)\s+(free|available)\s+(on\s+)?(?:this|next|the|tomorrow|mon|tues|wednes|thurs|fri|satur|sun)/;
/**
 * Asking which days or slots are free ("what's your availability like?", "any openings this week?", "when are you
 * free?"), not which is the first (that is answered with the day, and offered).
 */
export const ASKS_AVAILABILITY =
  /\b(availability|availabilities|(have|got) (any )?(openings?|slots?|spots?)|any (openings?|slots?|space|room|gaps?)|(open|free) (slots?|spots?|times?|days?)|what (slots?|times?|days?) (do you have|are (free|open|available|left))|when (are|r) (you|u) (free|available)|when (can|could) (you|u) (fit|squeeze|take) (me|us|it|my))\b/;
/**
 * Asking how to book a named job ("how can I get a full service booked in?", "how would we go about scheduling a truing",
 * "what's the process for booking a tune-up"): the way to book it is to start booking it. Not how far ahead, not by
 * which channel ("…online?", "…by phone?").
 */
export const HOW_TO_BOOK =
  /\b(how (do|can|could|would|should|shall) (i|we) (go about |get about |start |begin )?|(what'?s|what is) the (process|procedure|way) (for|to) )(book(ing)?|schedul(e|ing)|reserv(e|ing)|arrang(e|ing)|set(ting)? up)\b(?![^.?!]{0,40}\b(online|by (phone|email|e-mail|text)|over the phone|through|via|on (the )?(phone|web|site|website|app))\b)/;
/** Saying no booking is wanted yet ("not planning to book yet", "just wondering"). */
export const NOT_BOOKING =
  /\b(not|n't|never) (\w+ )?(looking|wanting|planning|trying|going|ready|here) to (book|reserve|schedule)\b|\bnot (booking|reserving)\b|\b(only|just) (curious|asking|wondering|checking|planning)\b/;
/** Looking up or cancelling a booking already made, or asking whether booking is needed: no new booking. */
const NOT_NEW =
  /\b(cancel\w*|reschedul\w*|my (booking|appointment|reservation|slot)|already booked|did i book|i (have|had) (a|an) (booking|appointment))\b|\b(do|does|would|will|should|must) (i|we|you|it|they|a|an|the)\b[^.?!]{0,30}\b(need|have|require) (to )?(an? )?(book|booking|appointment)/;
/** A clause that only supposes ("if I want to get it booked, how far ahead…"). */
const SUPPOSES = /(^|[.?!;,—–-]\s*)(if|when|once|whenever|in case)\b[^.?!;]*$/;

/** What the booking-request reading needs from the understanding of one message. */
export interface BookingRequestSignals {
  /** The message, lower case and normalised. */
  t: string;
  intent: Intent;
  state: string;
  /** A service that must be booked is named. */
  bookable: boolean;
  /** Something the shop does not offer is named. */
  notOffered?: boolean;
}

/**
 * Whether a message the intent rules read as something else asks for a new booking: a bookable service with a wish or
 * a need for the work ("…rubs on every turn. I need it sorted, can I get one Thursday?"), or a sentence opening with
 * the booking verb ("book truing pls. name is Kat"); or an explicit wish to book
 * ("I'd like to book. My name is …"). Questions asked beside it are answered beside the booking. Never while a booking
 * or a lookup is under way, and never for a booking already made.
 */
export function asksForBooking(s: BookingRequestSignals): boolean {
  if (s.state.startsWith("booking") || s.state === "managing_booking" || s.state === "booked") return false;
  if (s.intent === "book" || s.intent === "handoff" || NOT_NEW.test(s.t) || NOT_BOOKING.test(s.t)) return false;
  const wish = (re: RegExp) => {
    const m = re.exec(s.t);
    return m !== null && !SUPPOSES.test(s.t.slice(0, m.index));
  };
  if (s.bookable && [BOOK_FIRST, WANTS_IT_DONE, WANTS_TO_BOOK, ASKS_AVAILABILITY, HOW_TO_BOOK].some(wish)) return true;
  if (s.intent === "question" && (wish(ASKS_TO_MAKE_ONE) || wish(DAY_FREE))) return true;
  // "I want to make an appointment for my bike" read as a question (of walk-ins or booking rules) still asks to book;
  // the wish asked as a question ("would like to book, do I need to bring anything?") keeps it a question.
  const said = WANTS_TO_BOOK.exec(s.t);
  const saidNotAsked =
    s.intent === "question" && !s.notOffered && said !== null && !/^[^.!?\n]*\?/.test(s.t.slice(said.index));
  return (
    (s.intent === "provide_details" || s.intent === "unknown" || s.intent === "greeting" || saidNotAsked) &&
    wish(WANTS_TO_BOOK)
  );
}
