import { relativeShift } from "../relative-shift";

/** Words that put a new value in the place of one held ("same time Thursday?", "what about 3 instead", "make it"). */
const EDIT_CUE =
  /\b(same (?:time|day|slot|hour)|instead|what about|how about|(?:can|could) (?:we|you|i) (?:do|make it|have|go for|try)|make (?:it|that)|rather|switch|move|change|push|no good|doesn'?t (?:work|suit)|won'?t (?:work|do)|(?:can'?t|cannot) (?:do|make)|any chance of|would .{1,20} work)\b/;
/** A question about when the shop is open ("are you open Thursday?"): a handbook question, not a new booking value. */
const HOURS_ASKED = /\b(open|opens|opening|close|closes|closing|hours|shut)\b/;

/** What the booking-edit reader looks at in one message. */
export interface EditInput {
  /** The message, lower case. */
  t: string;
  state: string;
  hasDate: boolean;
  hasTime: boolean;
}

/**
 * Whether a message changes a detail of the booking being made or just made, rather than asking about it: a new day
 * or time said with words that replace one ("Tuesday's out — same time Wednesday?", "could we do 4 instead?", "what
 * about the Friday?"), or a move relative to the one held ("half an hour earlier", "push it back a day"). A question
 * about opening hours stays a question. The value itself is read and validated by the booking decision.
 */
export function editsBooking(x: EditInput): boolean {
  if (!x.state.startsWith("booking") && x.state !== "booked") return false;
  if (relativeShift(x.t)) return true;
  return (x.hasDate || x.hasTime) && EDIT_CUE.test(x.t) && !HOURS_ASKED.test(x.t);
}
