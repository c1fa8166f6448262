import { MOVES_BOOKING } from "./decide-booking";

/** The customer tells of a booking of their own ("I booked … over the phone", "my appointment", "I have a tune-up booked"). */
const TOLD_BOOKED =
  /\b(?:i|we)(?: have| had|'ve|ve| already)? (?:booked|made (?:a|the) (?:booking|appointment|reservation))\b|\bmy (?:booking|appointment|appt|reservation)\b|\b(?:(?:i|we) )?(?:have|'ve got|got|had) (?:a|an|the|my) (?:[\w-]+ ){0,2}(?:booked|booking|appointment)\b/i;
/** A way of booking other than this chat ("over the phone", "phoned it in", "in the shop", "on your website"). */
const CHANNEL =
  /\b(?:over|on|by) the (?:phone|telephone)\b|\bby (?:phone|telephone)\b|\bphoned\b|\bcalled (?:you|in|the shop)\b|\bin person\b|\bin (?:the )?(?:shop|store)\b|\bat the (?:counter|desk|shop)\b|\bonline\b|\bon (?:your|the) (?:website|site)\b/i;
/** A booking word beside the channel ("booked it by phone", "my appointment, made in the shop"). */
const BOOKING_WORD = /\bbook(?:ed|ing)\b|\bappointment\b|\bappt\b|\breservation\b|\breserved\b|\bmade it\b/i;
/** Calling a booking off ("cancel it", "can't make it", "call it off"). */
const CANCELS = /\bcancel\w*\b|\b(?:can'?t|cannot|won'?t be able to) make it\b|\bcall (?:it|that) off\b/i;
/** Moving one's own job ("move my full service from Friday…", "push my appointment back"). */
const MOVES_OWN =
  /\b(?:move|moving|shift|push|change|switch|reschedul\w*)\s+my\s+(?:[\w-]+\s+){0,2}?(?:booking|appointment|appt|reservation|slot|drop-?off|service|tune-?up|truing|cable\w*)\b/i;

/** Not making a booking ("can't make it", "won't be able to make my appointment"), which is no "make it Friday". */
const NOT_MAKING = /\b(?:can'?t|cant|cannot|can not|won'?t|wont|unable to|able to|not) make\b/gi;

/** The day moved from, named beside the one moved to ("from Friday to next Tuesday"), or the booking's name given. */
const FROM_TO = /\bfrom\b[^.?!]{1,30}\bto\b|\b(?:booking|appointment|reservation)\b[^.?!]{0,10}\bunder\b/i;

/** The conversation has made no booking of its own that the message could be about. */
function outsideAnyBooking(state: string): boolean {
  return state !== "booked" && !state.startsWith("booking");
}

/** The customer says the booking was made some other way than this chat ("I booked it over the phone last week"). */
export function toldBookedElsewhere(message: string): boolean {
  return CHANNEL.test(message) && BOOKING_WORD.test(message);
}

/**
 * A booking made outside this conversation asked to be moved ("I booked a tune-up by phone for the 15th, can you move it
 * to the 16th?"): this chat moves only a booking it made itself, so the team does it — the reply gives the phone.
 */
export function movesBookingMadeElsewhere(message: string, state: string): boolean {
  // "I can't make it", "won't make my appointment": not making it calls the booking off, it moves nothing.
  const said = message.replace(NOT_MAKING, " ");
  return (
    outsideAnyBooking(state) &&
    (MOVES_BOOKING.test(said) || MOVES_OWN.test(said)) &&
    // "Move my full service from Friday to Tuesday, booking's under Gupta": the old day or the booking named says so.
    (TOLD_BOOKED.test(message) || toldBookedElsewhere(message) || (MOVES_OWN.test(message) && FROM_TO.test(message)))
  );
}

/**
 * A booking said to be made some other way (by phone, in the shop, on the website) asked to be cancelled: this chat can
 * see and cancel only bookings it made, so the policy is said and the team's phone given — nothing is looked up.
 */
export function cancelsBookingMadeElsewhere(message: string, state: string): boolean {
  return outsideAnyBooking(state) && toldBookedElsewhere(message) && CANCELS.test(message);
}

/** The message tells of a booking made some other way, and this conversation holds none it could be about. */
export function bookingMadeElsewhere(message: string, state: string): boolean {
  return outsideAnyBooking(state) && toldBookedElsewhere(message);
}
