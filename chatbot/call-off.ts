/**
 * Calling a booking off in words that name no detail: the whole thing stopped ("no, cancel the whole thing", "scrap
 * it, sorry", "call the lot off"), whatever reason follows it.
 */
export const CALL_OFF =
  /\b(?:cancel|scrap|forget|call off|kill)\b (?:it|that|this|the (?:whole )?(?:thing|booking|lot|appointment|reservation)|the lot|everything|all of it)\b(?! (?:off|policy|fee))|\bcall (?:it|that|the whole thing) off\b/;

/** A booking of the customer's own told of ("I booked…", "my appointment", "I have a tune-up booked"). */
const TOLD_BOOKED =
  /\b(?:i|we)(?:'ve| have| had| already)? booked\b|\bmy (?:booking|appointment|appt|reservation)\b|\b(?:i|we) (?:have|had|got|'ve got) (?:a|an|my) (?:[\w-]+ ){0,2}(?:booked|booking|appointment)\b/;
/** Wanting it cancelled, said as a wish or a request anywhere in the message ("…for the 31st. need to cancel it"). */
const CANCEL_WISH =
  /\b(?:need|want|have|got|going|like|wanna|gotta|hoping) to cancel\b|\bplease cancel\b|\bcancel (?:it|that|this|them)\b(?! (?:policy|fee))/;

/**
 * The customer tells of a booking and, in the same message, wants it cancelled — even across sentences ("I booked a
 * tune-up here last week, for the 31st. need to cancel it"): a cancellation of their own booking, not a question about
 * the day it names.
 */
export function cancelsOwnTold(t: string): boolean {
  return (
    TOLD_BOOKED.test(t) &&
    CANCEL_WISH.test(t) &&
    !/\b(?:if|what if|in case|when) (?:i|we) (?:\w+ ){0,3}cancel\b/.test(t)
  );
}
