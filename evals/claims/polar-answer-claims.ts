import type { AssistantTurn } from "./assistant-turns";
import { isNegated } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitSentences } from "./sentences";
import { servicesIn } from "./service-mentions";
import { focusService } from "./turn-claims";

/** The customer asks whether a walk-in is fine ("can I walk in?", "without booking?", "just drop by?"). */
const ASKS_WALK_IN =
  /\bwalk[- ]?ins?\b|\bwalk (?:it |the bike |my bike )?in\b|\bwithout (?:a |an )?(?:booking|appointment|reservation)\b|\b(?:just|simply) (?:come|drop|show|turn|pop|swing|roll)\b|\b(?:drop|pop|swing|come) (?:by|in) (?:now|today|later|this afternoon)\b/i;
/** The customer asks whether booking is needed ("do I need to book?", "is an appointment required?"). */
const ASKS_BOOKING =
  /\b(?:need|have|got) to (?:book|reserve|schedule|make an? (?:appointment|booking))\b|\bneed (?:a|an) (?:booking|appointment|reservation)\b|\b(?:booking|appointment|reservation)s? (?:required|needed|necessary)\b|\bby appointment\b/i;
/** The booking asked about is denied in the question itself ("no appointment needed?", "I don't have to book?"). */
const DENIES_BOOKING =
  /\bno (?:appointments?|bookings?|reservations?)\b|\bno need to (?:book|reserve|schedule)\b|\b(?:don'?t|do not|doesn'?t|does not|won'?t|will not|never) (?:need|have|got) to (?:book|reserve|schedule|make an? (?:appointment|booking))\b|\b(?:don'?t|do not|doesn'?t|does not|won'?t) need (?:an? )?(?:appointment|booking|reservation)\b|\b(?:isn'?t|aren'?t|is not|are not|not) (?:required|needed|necessary)\b/i;
/** A reply opening with a yes, hedged or not. */
const YES =
  /^\W*(?:(?:yes|yep|yeah|yup|sure(?: thing)?|absolutely|of course|definitely|certainly|correct|you bet|totally|that works|that'?s (?:fine|ok|okay|right)|no problem|i (?:believe|think) so|should be fine)\b|.{0,30}\b(?:i (?:believe|think) so|yes)\W*$)/i;
/** A reply opening with a no. */
const NO = /^\W*(?:no|nope|nah|not really|unfortunately not|i'?m afraid not)\b/i;
/** A turn in the answer: what follows qualifies the yes or no, so the answer alone is no claim. */
const QUALIFIED = /\b(?:but|though|however|except|only|unless|as long as|provided)\b/i;

/**
 * The stance a bare yes or no takes from the customer's polar question about booking ("cable replacement, walk in
 * ok?" — "Yep, that works!"): yes keeps the question's stance, no turns it over. Only for one service (the
 * question's, else the conversation's), only when the question asks one thing and the answer is not qualified.
 */
export function polarAnswerClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  // "no appointment needed?": a booking question the customer words as its denial asks whether a walk-in is fine.
  const denied = DENIES_BOOKING.test(turn.userText);
  const walk = ASKS_WALK_IN.test(turn.userText) || denied;
  // "walk in or should I book?" asks two things: a bare yes answers neither.
  const bookingWord = /\b(?:book\w*|appointments?|reserv\w*|schedul\w*)\b/i.test(
    turn.userText
      .replace(/\bwithout (?:a |an )?(?:booking|appointment|reservation)\b/gi, " ")
      .replace(DENIES_BOOKING, " "),
  );
  const book = (!denied && ASKS_BOOKING.test(turn.userText)) || (walk && bookingWord);
  if (walk === book || !/\?|^(?:can|do|does|is|are|should|must)\b/i.test(turn.userText.trim())) return out;
  const first = splitSentences(turn.text)[0]?.text ?? "";
  const yes = YES.test(first) && !isNegated(first.replace(/^\W*no problem\b/i, " "));
  const no = !yes && NO.test(first);
  if ((!yes && !no) || QUALIFIED.test(first)) return out;
  const asked = servicesIn(turn.userText);
  // With none named, the yes is about the conversation's service, unless the last reply laid out several options
  // ("a minor adjustment is walk-in; a tune-up is booked"): then which one the customer took is not said.
  const offered = servicesIn(lastReply(turn));
  const subjects = asked.length ? asked : offered.length > 1 ? offered : [focusService(turn)].filter((s) => s !== null);
  if (subjects.length !== 1) return out;
  const walkIn = walk === yes;
  out.claims.push({ kind: "booking", value: walkIn ? "walk_in" : "required", service: subjects[0]!, text: first });
  return out;
}

/** The assistant message before this turn's customer message ("" when none). */
function lastReply(turn: AssistantTurn): string {
  for (let i = turn.index - 1; i >= 0; i--)
    if (turn.messages[i]!.role === "assistant") return turn.messages[i]!.content;
  return "";
}
