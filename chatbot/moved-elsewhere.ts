import { MOVES_BOOKING } from "./decide-booking";

/** The customer tells of a booking of their own ("I booked … over the phone", "my appointment", "I have a tune-up booked"). */
const TOLD_BOOKED =
  /\b(?:i|we)(?: have| had|'ve|ve| already)? (?:booked|made (?:a|the) (?:booking|appointment|reservation))\b|\bmy (?:booking|appointment|appt|reservation)\b|\b(?:(?:i|we) )?(?:have|'ve got|got|had) (?:a|an|the|my) (?:[\w-]+ ){0,2}(?:booked|booking|appointment)\b/i;

/**
 * A booking made outside this conversation asked to be moved ("I booked a tune-up by phone for the 15th, can you move it
 * to the 16th?"): this chat moves only a booking it made itself, so the team does it — the reply gives the phone.
 */
export function movesBookingMadeElsewhere(message: string, state: string): boolean {
  return state !== "booked" && !state.startsWith("booking") && MOVES_BOOKING.test(message) && TOLD_BOOKED.test(message);
}
