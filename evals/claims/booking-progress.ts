import { type Handbook, handbook, recognizeContacts, recognizeNames } from "../../knowledge-base/index";
import type { Message } from "../schema";
import { saysYes } from "./customer-yes";
import { isNegated } from "./negation";
import { splitMessage, splitSentences } from "./sentences";
import { findServices, servicesIn } from "./service-mentions";
import { choosesSlotNow } from "./slot-choice";
import { memoText } from "../../knowledge-base/text-memo";

// Every booked turn re-reads the customer messages before it: each message is read for names and contacts once.
const namesWhenAsked = memoText((text) => recognizeNames(text, true));
const namesUnasked = memoText((text) => recognizeNames(text, false));
const contactsIn = memoText(recognizeContacts);

/** A reply saying a booking now exists (not a proposal, not a promise conditional on details still to come). */
const CONFIRMED =
  /\b(?:you'?re (?:all )?(?:booked|confirmed|set for|scheduled|down for|locked in|in the (?:book|diary|calendar)|on the (?:books?|calendar|schedule))|you are (?:all )?(?:booked|confirmed|scheduled)|(?:i|we)(?:'ve| have) (?:(?:gone ahead and|just|now|already|also|successfully)\s+)?(?:booked|scheduled|reserved|confirmed|locked|secured|put you (?:down|in)|got you (?:down|in)|pencil+ed|added you|slotted you|changed|moved|switched)|(?:has|have) been (?:booked|confirmed|reserved|scheduled|locked in)|(?:pencil+ed|slotted) you (?:in|down)|(?:booking|appointment|reservation|drop-?off|slot) (?:is |has been )?(?:now )?(?:all )?(?:confirmed|booked|locked in|reserved|scheduled|set for)(?! (?:as |to be )?(?:available|free|open)\b)|(?:is|are|'s) (?:now |all )?(?:booked|confirmed|locked in)(?! (?:up|out|solid|separately|individually|on (?:its|their) own|by itself|as (?:a |its own )?(?:separate|standalone)|services?|jobs?|repairs?|work|only|in advance|ahead|beforehand|by appointment|at least|(?:a|one|two|\d+|twenty-four|forty-eight)(?: full| business| working)? (?:days?|hours?|weeks?) (?:ahead|in advance|before|beforehand|early)|the day before|(?:as |to be )?(?:available|free|open))\b)|locked (?:you|it) in|all booked|booking confirmed|consider it (?:booked|done))\b/i;
/** "I'll get that booked for Friday", "I'll pencil you in": the booking done now, unless the message asks first. */
const WILL_BOOK =
  /\b(?:i|we)(?:'ll| will) (?:go ahead and |just )?(?:get (?:that|it|this|you) (?:booked|locked|reserved|scheduled|pencil+ed)|(?:book|lock|pencil|put|slot) (?:that|it|this|you) (?:in|down)\b|(?:book|reserve|lock in) (?:that|it|this|you|the slot) for)/i;
/** A reply that opens by stating the booking made: "Booked!", "Done — …", "Confirmed.", "All set:". */
const CONFIRMED_OPENER = /^\W*(?:booked|confirmed|done|all (?:booked|set))\b\s*[!.—–:,-]/i;
/** A line that is nothing but the booking's status, exclaimed: "**Confirmed!**", "Booked ✅" (a table's "Booked." is not). */
const STATUS_LINE =
  /^\W*(?:booked|confirmed|all (?:booked|set)|(?:booking|appointment) (?:confirmed|booked|made))\s*(?:!|\p{Extended_Pictographic})\W*$/iu;
/** "You're all set", "see you Thursday at 2": a booking made, once a booking (not a walk-in) is being talked of. */
const ALL_SET =
  /\byou'?re all set\b(?! to\b)|\bsee you (?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:,? (?:\w+ )?\d{1,2}(?:st|nd|rd|th)?)? at\b/i;
/** Words of a booking (not a walk-in visit). */
const BOOKING_TALK = /\b(?:book\w*|appointment|reserv\w*|schedul\w*|drop-?off|slot)\b/i;
/** A booking is in play: booking words, or a service the handbook says must be booked. */
const bookingTalk = (text: string, h: Handbook = handbook) =>
  BOOKING_TALK.test(text) || servicesIn(text).some((id) => h.services.find((s) => s.id === id)?.booking === "required");
/** "no appointment needed", "you don't need to book": talk of a walk-in, not of a booking. */
const NO_BOOKING =
  /\b(?:no|without (?:an? )?|never need (?:an? )?)(?:appointment|booking|reservation)s?(?: (?:needed|necessary|required))?|\b(?:don'?t|do not|no need to) (?:need to )?(?:book|make an appointment|reserve)\w*/gi;
const CANCELLED = /\bcancel(?:l?ed|ling|lation)?\b|\bcalled off\b/i;
const CONDITIONAL =
  /\b(?:if|once|when|as soon as|after|before|so (?:that )?i can|to (?:book|confirm)|in order to|can'?t|cannot|unable|let me know|tell me|just say|pick|choose|provisional\w*|tentative\w*|pending|for now|subject to|on hold)\b/i;
/** "Send me a number and I'll book you in": an offer waiting on the customer, not a booking (holds such as
 * "provisionally" and "let me know … and I'll" are already CONDITIONAL). */
const OFFER_WAITING = /\b(?:send (?:me|over)|give me)\b.*\b(?:i|we)(?:'ll| will)\b/i;

/** The bot asks the customer to confirm: "shall I book it?", "does that work?", a read-back ("Confirming: … OK?"). */
const ASKS_CONFIRM =
  /\b(?:shall i|should i|do you want me to|want me to|would you like me to|can i go ahead|ok(?:ay)? to|may i|ready to|happy for me to)\b[^?]{0,80}\b(?:book|confirm|lock|reserve|schedule|reschedule|move|change|switch|put you down|go ahead)|\b(?:how about|what about)\b[^.!]{0,40}\?|\b(?:please confirm|say the word|(?:reply|say|answer) "?yes|just confirm|confirm (?:and|so) (?:i|we)(?:'ll| will| can))\b|\b(?:whether|if) (?:i|we) (?:should|can|may)(?: go ahead and)? (?:book|confirm|lock|reserve|go ahead)\b/i;
/** A read-back: the details laid out for a check before booking. */
const READ_BACK =
  /^\W*(?:confirm(?:ing)?|to confirm|just to confirm|please (?:check|confirm)|summary|recap|quick recap|here'?s what i have|let me read (?:that|it) back|so that'?s)\b/i;
/** A yes/no question about the details (not "what time works?"): "does that work?", "all correct?", "OK?". */
const CHECK_QUESTION =
  /\b(?:confirm\w*|correct|right|ok(?:ay)?|good|happy|work|suit|book|lock|reserve|move|switch|go ahead|proceed)\b/i;
const WH = /^\W*(?:what|which|when|where|who|whose|how(?! about))\b/i;

/** The customer asked outright for the booking ("book me in", "please reserve"): that request is the confirmation. */
const ASKS_TO_BOOK =
  /\b(?:book me|book it|please book|go ahead and book|reserve (?:it|me|a slot)|lock (?:it|me) in|put me down|(?:yes|yeah|yep|ok(?:ay)?|so|please|go ahead and),? confirm(?: it| that| the booking| please)?(?=\s*[.!]?\s*$)|confirm it please)\b/i;
const PICKS_SLOT = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bnoon\b|\btomorrow\b/i;
const NAME_ASK =
  /\b(?:your (?:full )?name|name (?:for|on) the booking|who(?:'s| is) (?:it|the booking) for|what(?:'s| is) the name|name (?:and|\+|&))\b/i;

/** A reply to "what's your name?" that carries a capitalised word other than "I" once contacts are removed. */
const answersWithName = (text: string) =>
  /(?:^|[\s,])(?!(?:I|Yes|Yeah|Yep|Sure|Ok|Okay|Thanks|Thank|Hi|Hello|Hey|Please|It|Its|My|The|Sounds|Perfect|Great|Cool|Phone|Email|Number|Call|Text)\b)\p{Lu}\p{L}+/u.test(
    text.replace(/\S+@\S+|[+\d(][\d\s().-]{6,}\d/g, " "),
  );

/** "Thanks Jen!", "Perfect, thanks Jen!": the bot addressing the customer by a name they wrote (in any case) shows a name was given. */
const ADDRESSED =
  /^\W*(?:(?:[Tt]hanks|[Tt]hank you|[Gg]reat|[Pp]erfect|[Gg]ot it|[Hh]i|[Hh]ello|[Cc]heers|[Ll]ovely|[Aa]wesome|O[Kk](?:ay)?|[Oo]kay)[,!\s]+){1,3}(\p{Lu}\p{Ll}+)\b/u;

/** Up to three words written right before or after a phone number or e-mail ("sam ortiz 971-555-0142"). */
const BESIDE_CONTACT =
  /(\p{L}+(?:[ '-]\p{L}+){0,2})[\s,;:/–—-]+(?:\S+@\S+|[+\d(][\d\s().-]{6,}\d)|(?:\S+@\S+|[+\d(][\d\s().-]{6,}\d)[\s,;:/–—-]+(\p{L}+(?:[ '-]\p{L}+){0,2})/gu;

/** Words that are no part of a name: days, months, times of day, and the small words around a booking. */
const NOT_NAME =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tomorrow|tmrw|tonight|morning|afternoon|evening|am|pm|noon|see|you|ok|okay|then|thanks|thank|please|yes|yeah|yep|sure|at|on|for|and|or|the|my|is|it|me|name|phone|email|number|call|text|tel|mobile|cell|contact|book|booking|confirm)$/i;

/**
 * The bot writing back, as a proper name, words the customer put beside their contact ("sam ortiz 971…" read back as
 * "Sam Ortiz"): the customer gave a name in whatever case they typed it.
 */
export function nameEchoed(customer: string, reply: string): boolean {
  for (const m of customer.matchAll(BESIDE_CONTACT)) {
    const words = (m[1] ?? m[2]!).split(/[ '-]/).filter((w) => w.length > 1);
    // Try the words nearest the contact first: "ok 6 then sam ortiz" ends in the name.
    for (let k = Math.min(words.length, 3); k >= 1; k--) {
      const part = m[1] ? words.slice(-k) : words.slice(0, k);
      if (part.some((w) => NOT_NAME.test(w))) continue;
      const proper = part.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join(" ");
      if (k >= 2 && new RegExp(`(?<!\\p{L})${proper}(?!\\p{L})`, "u").test(reply)) return true;
      if (k === 1 && !findServices(part[0]!).length && writtenAsName(proper, reply)) return true;
    }
  }
  return false;
}

const CONTACT_TEXT = String.raw`(?:\S+@\S+|[+\d(][\d\s().-]{6,}\d)`;

/**
 * One word read back as a name, not merely said: beside a contact in the read-back ("Sam — 503-555-0199"), after a
 * name label ("Name: Sam") or addressing the customer ("Thanks, Sam!", "see you then, Sam.").
 */
function writtenAsName(proper: string, reply: string): boolean {
  const w = `(?<!\\p{L})${proper}(?!\\p{L})`;
  return new RegExp(
    `${w}[\\s,;:·–—-]+${CONTACT_TEXT}|${CONTACT_TEXT}[\\s,;:·–—-]+${w}|\\b[Nn]ame\\s*[:=—–-]\\s*${w}|(?:,\\s*|\\b(?:[Tt]hanks|[Tt]hank you|[Hh]i|[Hh]ello|[Hh]ey|[Cc]heers)[,!\\s]+)${w}\\s*(?:[!.?,]|$)`,
    "u",
  ).test(reply);
}

/** True when an assistant message asks the customer to confirm the booking's details. */
export function asksToConfirm(text: string): boolean {
  if (ASKS_CONFIRM.test(text)) return true;
  const questions = splitSentences(text).filter((s) => /\?\s*$/.test(s.text) && !WH.test(s.text));
  if (questions.some((q) => CHECK_QUESTION.test(q.text))) return true;
  return READ_BACK.test(text) && questions.length > 0;
}

/** What the customer has given before a message: a name, a phone or e-mail, the booking confirmed by them. */
export interface BookingProgress {
  name: boolean;
  contact: boolean;
  confirmed: boolean;
  /** The customer is changing a booking they already hold ("I have a tune-up booked Thursday, can I move it?"). */
  existing: boolean;
}

/** A customer talking of a booking they already hold: moving, changing or rescheduling it. */
const EXISTING_BOOKING =
  /\b(?:(?:i have|i'?ve got|i had|i made|there'?s) (?:a |an |my )?(?:[\w-]+ ){0,2}(?:booked|booking|appointment|reservation|drop-?off)|my (?:[\w-]+ ){0,2}(?:booking|booked|appointment|reservation|drop-?off (?:slot|time))|reschedul\w*|(?:move|change|push|shift) (?:my|the) (?:[\w-]+ ){0,2}(?:booking|appointment|slot|drop-?off|tune-?up|service))\b/i;

/** What the customer has given before message `index`: a name, a phone or e-mail, a yes to a confirmation question. */
export function bookingProgress(messages: readonly Message[], index: number): BookingProgress {
  const c: BookingProgress = { name: false, contact: false, confirmed: false, existing: false };
  let askedName = false;
  let askedConfirm = false;
  let customerWords = "";
  let lastContact = "";
  let lastBot = "";
  for (const m of messages.slice(0, index)) {
    if (m.role === "assistant") {
      lastBot = m.content;
      const addressed = ADDRESSED.exec(m.content)?.[1]?.toLowerCase();
      if (addressed && new RegExp(`\\b${addressed}\\b`).test(customerWords)) c.name = true;
      if (!c.name && lastContact && nameEchoed(lastContact, m.content)) c.name = true;
      askedName = NAME_ASK.test(m.content);
      askedConfirm = asksToConfirm(m.content);
      continue;
    }
    if (m.role !== "user") continue;
    customerWords += ` ${m.content.toLowerCase()}`;
    if (!c.existing && EXISTING_BOOKING.test(m.content)) c.existing = true;
    if (contactsIn(m.content).length) {
      c.contact = true;
      lastContact = m.content;
    }
    if (
      !c.name &&
      ((askedName ? namesWhenAsked : namesUnasked)(m.content).length || (askedName && answersWithName(m.content)))
    )
      c.name = true;
    // A yes (the slot itself, or "book it") to a confirmation question: the details read back and agreed. An outright
    // "book me…" before any read-back, even one naming the slot and a contact, is the request, not its confirmation
    // (blind reviewers fail a booking made on it). Answering "what day works?" alone confirms nothing yet.
    if (
      askedConfirm &&
      (saysYes(m.content) || PICKS_SLOT.test(m.content) || ASKS_TO_BOOK.test(m.content) || yesWithin(m.content))
    )
      c.confirmed = true;
    // The time chosen only now: an earlier "book me Saturday" did not confirm this slot.
    else if (!askedConfirm && choosesSlotNow(lastBot, m.content)) c.confirmed = false;
  }
  return c;
}

/** A yes after another remark ("wait, what time was it? and yes, confirm"): not negated where it stands. */
function yesWithin(text: string): boolean {
  const m = /\b(?:yes|yep|yeah|confirm(?:ed)?|go ahead|do it)\b/i.exec(text);
  return m !== null && !/\b(?:no|not|don'?t|n't)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index));
}

/** A closing question asking leave to make the booking ("Shall I confirm?", "Want me to book it?", "Book it?"). */
const ASKS_LEAVE_LAST =
  /^\W*(?:(?:so,?\s+)?(?:shall|should|can|may) i (?:go ahead and )?(?:confirm|book|lock|reserve|finali[sz]e)|(?:do you )?want me to (?:go ahead and )?(?:confirm|book|lock|reserve)|would you like me to (?:go ahead and )?(?:confirm|book|lock|reserve)|ok(?:ay)? to (?:confirm|book)|(?:confirm|book) it)(?:\s+(?:it|that|this|everything|you(?: in)?|the (?:booking|slot|appointment|drop-?off)))?(?:\s+(?:in|for you|now))?\s*\?\W*$/i;

/** Per message i: whether a booking was talked of in messages 0..i (one pass, cached per messages array). */
const talked = new WeakMap<readonly Message[], boolean[]>();
function bookingTalkUpTo(messages: readonly Message[]): boolean[] {
  let out = talked.get(messages);
  if (!out) {
    let seen = false;
    out = messages.map((m) => {
      seen ||= m.role !== "system" && bookingTalk(m.content.replace(NO_BOOKING, " "));
      return seen;
    });
    talked.set(messages, out);
  }
  return out;
}

/**
 * The sentence of message `index` that states a booking as made, or null. "You're all set" counts once a booking
 * was talked of in the conversation (not after a walk-in visit); a conditional or negated statement never does.
 */
export function bookingStatedAt(messages: readonly Message[], index: number, text: string): string | null {
  // "… your slot is reserved. Shall I confirm?": a reply ending by asking leave to book has booked nothing yet.
  if (ASKS_LEAVE_LAST.test(splitSentences(text).at(-1)?.text ?? "")) return null;
  const booking = bookingTalkUpTo(messages)[index] ?? false;
  const willBook = !asksToConfirm(text);
  for (const [i, { sentence, clauses }] of splitMessage(text).entries()) {
    // "Done — your booking is cancelled" states no booking made.
    if (CANCELLED.test(sentence.text)) continue;
    const opener =
      (i === 0 && (CONFIRMED_OPENER.test(sentence.text) || (booking && /^\W*all set\b/i.test(sentence.text)))) ||
      // (a line under a heading carries the heading before it: "Here's what I have: Booked ✅")
      (booking && STATUS_LINE.test(sentence.text.replace(/^[^:]*:\s+/, "")));
    for (const [j, cl] of clauses.entries()) {
      const said =
        (opener && j === 0) ||
        CONFIRMED.test(cl.text) ||
        (booking && ALL_SET.test(cl.text)) ||
        (willBook && WILL_BOOK.test(cl.text) && !/\?\s*$/.test(sentence.text));
      if (said && !isNegated(cl.text) && !CONDITIONAL.test(cl.text) && !OFFER_WAITING.test(cl.text))
        return sentence.text;
    }
  }
  return null;
}
