/**
 * A booking the customer already holds, named by what it is or when it is ("my appointment", "my 10am tomorrow",
 * "my tune-up is booked for Friday", "the slot I have on Thursday").
 */
const OWN_HELD =
  /\bmy (?:\S+ ){0,2}(?:booking|appointment|appt|reservation|slot|drop-?off)\b|\bmy \d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)\b|\bmy [\w -]{1,25}? (?:is|was|'s|got) (?:booked|scheduled|reserved|set)\b|\b(?:i|we)(?:'ve| have| already)? (?:got|have) (?:a|an|one) [\w -]{0,25}?(?:booked|scheduled|booking|appointment)\b/;
/** It cannot be kept, or is to be called off ("can't make it", "won't be able to come", "need to cancel"). */
const CANT_KEEP =
  /\b(?:can'?t|cannot|can not|won'?t be able to|wont be able to|unable to|not able to|won'?t) (?:make|come|get there|do|keep)\b|\bcancel(?:l?ing|l?ed)?\b|\bcall (?:it |that )?off\b/;
/** Only asked about as a case ("if I can't make my appointment…", "what if I cancel…"): the policy answers it. */
const ONLY_IF =
  /\b(?:if|what if|in case|suppose|should) (?:i|we|something)\b[^.?!]{0,40}\b(?:can'?t|cannot|cancel|come up)/;

/**
 * Whether a message calls off a booking the customer already holds (decision: a held booking told about beside "I can't
 * make it" or "cancel" is that booking's cancellation, never a new booking or a hand-off, whatever question about a fee
 * follows). A cancellation only supposed ("if I cancel late, is there a fee?") is a question about the policy.
 */
export function callsOffOwnBooking(t: string): boolean {
  return OWN_HELD.test(t) && CANT_KEEP.test(t) && !ONLY_IF.test(t);
}
