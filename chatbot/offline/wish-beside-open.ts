import { ASKS_IF_BOOKING_NEEDED, NOT_BOOKING, WALK_IN_WORDS } from "./intent-cues";

/** Asking whether the shop is open ("are you even open that day?", "do you open then", "is the shop open"). */
const OPEN_ASKED =
  /\b(?:are|r) (?:you|u|ya|you guys|y'all)(?: even| still)? open\b|\bdo (?:you|u|you guys)(?: even)? open\b|\bis (?:the shop|it|the store) open\b|\bopen (?:that day|then|on that day)\b/;
/** Wanting something done ("I'd want to drop it off for…", "need a…", "thinking of getting…", "hoping to…"). */
const WANTS =
  /\b(?:i'?d (?:want|like|love)|i would (?:want|like)|(?:i |we )?(?:want|need|wanna)|thinking of (?:getting|having|bringing|booking)|hoping to|looking to|planning to|keen to)\b/;

/**
 * "Want a tune-up on the 3rd, are you even open that day?", "Is the shop open Friday? I'd like to bring it in for a
 * full service then": a clause wanting a bookable job on a named day, beside a question whether the shop is open,
 * asks for the booking (the hours or the closure are answered beside it; a closed day is refused with its reason).
 * Walk-in words, asking whether a booking is needed, or saying outright that nothing is booked yet keep it a question.
 */
export function wishBesideOpen(s: { t: string; bookable: boolean; dayNamed: boolean }): boolean {
  if (!s.bookable || !s.dayNamed || !OPEN_ASKED.test(s.t)) return false;
  if (WALK_IN_WORDS.test(s.t) || ASKS_IF_BOOKING_NEEDED.test(s.t) || NOT_BOOKING.test(s.t)) return false;
  const clauses = s.t.split(/[.;!?\n—–]+|\s-\s|,\s*(?=(?:are|r|do|is|and are|and do)\b)/);
  return clauses.some((c) => WANTS.test(c) && !OPEN_ASKED.test(c));
}
