import type { Handbook, WhenMention } from "../../knowledge-base/index";
import { DROP_IN } from "./decide-start";
import { detectServices } from "./detect-services";
import { BOOK_REQUEST, BOOK_VERB } from "./intent-cues";

/** Told as done before ("last week", "yesterday", "a month ago", "I had…", "got it done"). */
const PAST =
  /\b(last (week|month|year|time|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|yesterday|ago|earlier this|previous|i had|we had|you did|got (it|one|a|an|my) [^.?!,]{0,25}(done|last|from you))\b/;
/** Wanting the work now ("I'd like…", "I want…", "can I get…"), whatever day it names. */
const WANTS_NOW =
  /\bi('d| would) like\b|\bi (want|need|wanna)\b(?! (my money|a refund|to complain))|\b(can|could) (i|we|you) (get|have|book|do)\b/;
/** A booking the customer already has ("my appointment", "my booking on Tuesday"). */
const OWN_BOOKING = /\b(my|our) (existing |current |upcoming )?(booking|appointment|appt|reservation|slot|drop-?off)\b/;
/** Words of asking for a booking beyond the verb ("put me down", "pencil me in", "book me"). */
const PUT_DOWN = /\b(put|pencil|sign|squeeze|fit) (me|us) (down|in|up)\b/;

/** What the veto reads of one message already read as a booking. */
export interface BookingStartSignals {
  /** The message, lower case and normalised. */
  norm: string;
  state: string;
  isQuestion: boolean;
  /** Every date or time mention the message keeps (narrative ones already set aside). */
  when: WhenMention[];
}

/**
 * Whether a message read as a new booking only asks or tells (decision: a question never starts a booking by itself;
 * an explicit request to book does, wherever it sits): the only day named recurs ("do you do tune-ups on Sundays?"),
 * a booking already held is asked about ("can I leave it with you before my appointment on Tuesday?"), or every
 * service is told as done before ("got a tune-up last week and I want my money back"). An explicit request (a booking
 * verb, "put me down", "I'd like to book") keeps the booking.
 */
export function asksNotBooks(h: Handbook, s: BookingStartSignals): boolean {
  if (s.state.startsWith("booking") || s.state === "booked" || s.state === "managing_booking") return false;
  if (BOOK_VERB.test(s.norm) || BOOK_REQUEST.test(s.norm) || PUT_DOWN.test(s.norm)) return false;
  const days = s.when.filter((m) => m.dates.length > 0 || m.kind === "recurring" || m.dateRange !== null);
  const clock = s.when.some((m) => m.times.length > 0);
  const recurringOnly = days.length > 0 && days.every((m) => m.kind === "recurring") && !clock;
  if (s.isQuestion && recurringOnly && !DROP_IN.test(s.norm)) return true;
  if (s.isQuestion && OWN_BOOKING.test(s.norm)) return true;
  const clauses = s.norm.split(/[.;!?\n]+|\b(?:and|but|so)\b/).filter((c) => detectServices(h, c).length > 0);
  // "I'd like a full service last Friday" wants the work (on a day that has passed: refused with the reason).
  return clauses.length > 0 && clauses.every((c) => PAST.test(c) && !WANTS_NOW.test(c)) && !clock;
}
