import { type Handbook, handbook, recognizeContacts, recognizeNames } from "../../knowledge-base/index";
import { assistantTurns, isNegated, splitMessage } from "../claims/index";
import type { CheckResult, Message, Transcript } from "../schema";

/** A reply saying a booking now exists (not a proposal, not a promise conditional on details still to come). */
const CONFIRMED =
  /\b(?:you'?re (?:all )?(?:booked|confirmed|set for|scheduled)|you are (?:all )?(?:booked|confirmed|scheduled)|i'?ve (?:booked|scheduled|reserved|confirmed|locked|put you down|got you down|pencilled|penciled|added you)|i have (?:booked|scheduled|reserved|confirmed)|(?:booking|appointment|reservation|drop-?off|slot) (?:is |has been )?(?:now )?(?:confirmed|booked|locked in|reserved|scheduled)|(?:is|are) (?:now )?(?:booked|confirmed|reserved) for you|locked (?:you|it) in|all booked|booking confirmed)\b/i;
const CONDITIONAL =
  /\b(?:if|once|when|as soon as|after|before|so (?:that )?i can|to (?:book|confirm)|in order to|can'?t|cannot|unable)\b/i;
/** The bot asked the customer to confirm (a yes/no on the booking), or asked for details before booking. */
const ASKS_CONFIRM =
  /\b(?:shall i|should i|do you want me to|want me to|would you like me to|can i go ahead|ok(?:ay)? to|may i|ready to|happy for me to)\b[^?]{0,80}\b(?:book|confirm|lock|reserve|schedule|put you down|go ahead)|\b(?:confirm|does that work|does that suit|is that (?:ok|okay|right|correct|alright)|sound good|should i go ahead|all correct|look right|how about|what about)\b[^.!]{0,40}\?|\b(?:please confirm|(?:reply|say|answer) "?yes|just confirm|confirm (?:and|so) (?:i|we)(?:'ll| will| can))\b/i;
const AFFIRM =
  /^\W*(?:y(?:es|eah|ep|up|a)|sure|ok(?:ay)?|perfect|great|correct|confirm(?:ed)?|please|go ahead|do it|sounds (?:good|great|perfect)|that works|works for me|book (?:it|me)|lock it in|absolutely|definitely|yes please|that'?s (?:right|correct|fine|great|perfect))\b/i;
/** The customer asked outright for the booking ("book me in", "please reserve"): that request is the confirmation. */
const ASKS_TO_BOOK =
  /\b(?:book me|book it|please book|go ahead and book|reserve (?:it|me|a slot)|lock (?:it|me) in|put me down)\b/i;
const REQUEST = /\b(?:i'?d like|i would like|i want|i need|can i (?:get|book|have)|could i (?:get|book|have))\b/i;
const PICKS_SLOT = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bnoon\b|\btomorrow\b/i;
const NAME_ASK =
  /\b(?:your (?:full )?name|name (?:for|on) the booking|who(?:'s| is) (?:it|the booking) for|what(?:'s| is) the name)\b/i;

/** A reply to "what's your name?" that carries a capitalised word other than "I" once contacts are removed. */
const answersWithName = (text: string) =>
  /(?:^|[\s,])(?!(?:I|Yes|Yeah|Yep|Sure|Ok|Okay|Thanks|Thank|Hi|Hello|Hey|Please|It|Its|My|The|Sounds|Perfect|Great|Cool|Phone|Email|Number|Call|Text)\b)\p{Lu}\p{L}+/u.test(
    text.replace(/\S+@\S+|[+\d(][\d\s().-]{6,}\d/g, " "),
  );

interface Collected {
  name: boolean;
  contact: boolean;
  confirmed: boolean;
}

/** What the customer has given before message `index`: a name, a phone or e-mail, a yes to a confirmation question. */
function collectedBefore(messages: readonly Message[], index: number): Collected {
  const c: Collected = { name: false, contact: false, confirmed: false };
  let askedName = false;
  let askedConfirm = false;
  for (const m of messages.slice(0, index)) {
    if (m.role === "assistant") {
      askedName = NAME_ASK.test(m.content);
      askedConfirm = ASKS_CONFIRM.test(m.content);
      continue;
    }
    if (m.role !== "user") continue;
    if (!c.contact && recognizeContacts(m.content).length) c.contact = true;
    if (!c.name && (recognizeNames(m.content, askedName).length || (askedName && answersWithName(m.content))))
      c.name = true;
    // A yes (or the slot itself) to a confirmation question, an outright "book me", or one complete request naming
    // the slot and how to reach the customer. Answering "what day works?" alone confirms nothing yet.
    const complete = REQUEST.test(m.content) && PICKS_SLOT.test(m.content) && recognizeContacts(m.content).length > 0;
    if (
      (askedConfirm && (AFFIRM.test(m.content) || PICKS_SLOT.test(m.content))) ||
      ASKS_TO_BOOK.test(m.content) ||
      complete
    )
      c.confirmed = true;
  }
  return c;
}

/** The sentence of a reply that states a booking as made, or null. */
function confirmation(text: string): string | null {
  for (const { sentence, clauses } of splitMessage(text))
    for (const cl of clauses)
      if (CONFIRMED.test(cl.text) && !isNegated(cl.text) && !CONDITIONAL.test(cl.text)) return sentence.text;
  return null;
}

/**
 * over_eager (conversation level): a booking stated as made before the customer gave a name and a phone or e-mail,
 * or without a confirmation step (the customer's yes to a confirmation question, their own "book me in", or one
 * complete request with the slot and a contact).
 * Reads the wording, so it works on foreign transcripts; only the first such turn is reported.
 */
export function checkBookingConfirmation(t: Transcript, _h: Handbook = handbook): CheckResult {
  for (const turn of assistantTurns(t)) {
    const said = confirmation(turn.text);
    if (!said) continue;
    const got = collectedBefore(turn.messages, turn.index);
    const missing = [
      !got.name && "the customer's name",
      !got.contact && "a phone number or e-mail",
      !got.confirmed && "the customer's confirmation",
    ].filter(Boolean);
    if (!missing.length) return { pass: true, failures: [] };
    return {
      pass: false,
      failures: [
        {
          mode: "over_eager",
          turn: turn.turn,
          evaluator: "check-booking-confirmation",
          reason: `confirms a booking without ${missing.join(", ")} — "${said}"`,
          factIds: [],
        },
      ],
    };
  }
  return { pass: true, failures: [] };
}
