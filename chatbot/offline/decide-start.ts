import type { Topic } from "../schema";
import { ASKS_AVAILABILITY, DAY_FREE, HOW_TO_BOOK } from "./booking-request";
import { BOOK_REQUEST, FIRST_FREE } from "./intent-cues";
import { REQUEST_SURE } from "./intent-signals";
import { wishBesideOpen } from "./wish-beside-open";

/** Why a message read as a new booking starts one, is only answered, or is answered with an offer to book. */
export type StartReason =
  | "explicit_request"
  | "slot_given"
  | "nothing_asked"
  | "request_read"
  | "asks_kind_of_day"
  | "asks_topic"
  | "asks_availability"
  | "asks_free_days"
  | "unsure";

/** The decision to start collecting a booking, with its reason; `offer` adds "would you like to book one?". */
export interface StartDecision {
  start: boolean;
  offer: boolean;
  reason: StartReason;
}

/** What the decision reads of one message already read as a new booking. */
export interface StartSignals {
  /** The message, lower case and normalised. */
  norm: string;
  /** The message asks (a question mark, or a clause asking in words). */
  asking: boolean;
  /** The request-vs-question classifier's probability that the message asks for the work. */
  request: number;
  topics: Topic[];
  /** A service that must be booked is named. */
  bookable: boolean;
  /** A clock time was given ("at 10", "3pm"). */
  hasClock: boolean;
  /** A single day was named (not a span). */
  dayNamed: boolean;
  /** A name or a contact is given. */
  givesWho: boolean;
}

/**
 * Asking for the booking in so many words: a clause opening with the booking verb ("book me a tune-up", "pls reserve
 * …"), "book me / put me down / fit me in / squeeze us in", asking leave to have the work done or bring the bike
 * ("can I get…", "could I drop it off…", "can you true my wheel…").
 */
const EXPLICIT = [
  BOOK_REQUEST,
  /(^|[.!?;,]\s*)(ok |okay |great |cool |right |so |then |pls |please |plz |let'?s |let us )*(book|reserve|schedule)\s+(?!in advance|ahead)/,
  /\b(book|put|pencil|sign|squeeze|fit|get) (me|us) (down|in|up)\b/,
  /\b(can|could|may) (i|we) (\w+ )?(get|have|grab|drop|bring|book|come|pop|swing|stop|(make|set up|arrange) (an? )?(appointment|booking|reservation))\b/,
  /\b(can|could|would|will) (you|u|ya|you guys) (\w+ )?(do|fit|squeeze|take|book|true|tune|service|overhaul|repair|fix|replace|adjust|swap|change|straighten|sort|look at|check)\b/,
];
/**
 * Wanting the work ("I'd like a full service", "need my wheel trued", "want to drop it off for a tune-up"): a request
 * only when what is wanted is a service that is booked.
 */
const WANTS_WORK = [
  /(^|[.!?;,]\s*|\b(i|we|and|just|really|so)\s*)(want|wanna|need|would like|'d like|like|gotta)\s+(to\s+(get|have|book|drop|bring|make)\b|a\b|an\b|my\b|the\b|our\b|it\b|them\b|me\b)/,
  /\b(want|wanna|need|like|gotta|keen|hoping|looking)\s+(to\s+)?(get|have)\s+(it|them|this|that|one|mine|my\s+[\w-]+)\s+(booked|sorted|done|fixed|trued|replaced|serviced|tuned|in)\b/,
];
/** A clause that only supposes ("if I book a full service, …", "when I book one do I pay upfront?"). */
const SUPPOSED = /\b(if|when|once|whenever|before|after|in case)\s+(i|we)\s+(\w+\s+)?$/;
/** Supposing before asking how ("if I wanted to, how would I book…") asks only. */
const SUPPOSED_HOW = /\b(if|when|once|whenever|in case)\s+(i|we)\b[^.?!]*\bhow\b/;
/** A kind of day rather than a date ("on a Monday", "any Sunday", "Mondays", "weekends"). */
const KIND_OF_DAY =
  /\b(a|any|every)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b(?!\s+(the|\d))|\b(mon|tues|wednes|thurs|fri|satur|sun)days\b|\bweekends\b/;
/**
 * Asking leave to bring the bike in ("could I wheel the bike over any Saturday for new cables?", "can we leave it in on
 * Thursday"): a drop-off asked for, on a kind of day too, is a request (the day is then checked and asked).
 */
export const DROP_IN =
  /\b(can|could|may) (i|we) (bring|drop|leave|wheel) (it|my|the|our|her|his|them|this)\b[^.?!]{0,20}?\b(in|off|round|over|by)\b/;
/** A particular day ("tomorrow", "this Saturday", "the 22nd", "Sept 4"), not a kind of day. */
const PARTICULAR_DAY =
  /\b(today|tonight|tomorrow|tmrw|tmr|this|next|coming)\b|\b\d{1,2}(st|nd|rd|th)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/;
/** Asking when the work can be had ("what's the soonest…", "when's your first free slot", "when could I get…"). */
const WHEN_CAN =
  /\bwhen('s| is| are| can| could| would)\b|\bhow soon\b|\bwhat('s| is) (the|your) (soonest|earliest|first|next)\b/;
/** Topics that answer what was asked about the shop, not which slot is wanted. */
const INFO_TOPICS: Topic[] = [
  "hours",
  "holidays",
  "payment",
  "prices",
  "cancellation_policy",
  "walk_in",
  "duration",
  "busy_times",
  "refunds",
  "returns",
  "workmanship",
  "location",
  "contact",
];

/** A clause opened by a question word ("when could I get…", "what's the soonest you could do…"): it asks. */
const WH_CLAUSE = /\b(when|what|what's|whats|which|how soon|how long|how much)\b/;

/** Whether a pattern matches outside a clause that only supposes or that a question word opens. */
function saidOutright(re: RegExp, t: string): boolean {
  const g = new RegExp(re.source, "g");
  for (const m of t.matchAll(g)) {
    const before =
      t
        .slice(0, m.index)
        .split(/[.?!;,]|\b(?:and|but|also)\b/)
        .at(-1) ?? "";
    if (!SUPPOSED.test(before) && !WH_CLAUSE.test(before)) return true;
  }
  return false;
}

/**
 * Whether a message read as a new booking starts collecting one (decision: an explicit request starts it; a question
 * about a policy, a price, the hours, a kind of day or when one could come answers, and offers the booking when a
 * bookable service is named; a question the request classifier is unsure of answers and offers). A yes to the offer
 * starts the booking with what was said.
 */
export function decideStart(s: StartSignals): StartDecision {
  const t = s.norm;
  // "Want a tune-up on the 3rd, are you even open that day?": the job wanted on the day asked about is booked.
  if (wishBesideOpen({ t, bookable: s.bookable, dayNamed: s.dayNamed }))
    return { start: true, offer: false, reason: "explicit_request" };
  const kindOfDay = KIND_OF_DAY.test(t) && !PARTICULAR_DAY.test(t) && !s.hasClock;
  if (s.asking && kindOfDay && !(s.bookable && DROP_IN.test(t)))
    return { start: false, offer: s.bookable, reason: "asks_kind_of_day" };
  const wants = s.bookable && WANTS_WORK.some((re) => saidOutright(re, t));
  if (wants || EXPLICIT.some((re) => saidOutright(re, t)))
    return { start: true, offer: false, reason: "explicit_request" };
  // "How would I go about booking a truing?": the way to book a named job is to start booking it.
  if (s.bookable && HOW_TO_BOOK.test(t) && !SUPPOSED_HOW.test(t))
    return { start: true, offer: false, reason: "explicit_request" };
  // "3 o'clock on the 17th for a tune-up, is that free?", "how about the 17th then, 4:30?", "Tune-up, Sam, 555-0101":
  // the slot, or who a bookable service is for, is given.
  if ((s.dayNamed && s.hasClock) || (s.bookable && s.givesWho))
    return { start: true, offer: false, reason: "slot_given" };
  if (!s.asking) return { start: true, offer: false, reason: "nothing_asked" };
  // "Is this Saturday free?": a day asked for is the booking's first answer, whatever the hours say of it.
  if (s.dayNamed && DAY_FREE.test(t)) return { start: true, offer: false, reason: "asks_free_days" };
  // "Need a full service, what's your availability like?": which days are free is the booking's first question.
  if (s.bookable && ASKS_AVAILABILITY.test(t) && !FIRST_FREE.test(t) && !s.topics.some((x) => INFO_TOPICS.includes(x)))
    return { start: true, offer: false, reason: "asks_free_days" };
  if (s.topics.some((x) => INFO_TOPICS.includes(x))) return { start: false, offer: s.bookable, reason: "asks_topic" };
  if (FIRST_FREE.test(t) && WHEN_CAN.test(t) && !s.hasClock)
    return { start: false, offer: s.bookable, reason: "asks_availability" };
  if (s.request >= REQUEST_SURE) return { start: true, offer: false, reason: "request_read" };
  return { start: false, offer: true, reason: "unsure" };
}
