import type { Handbook } from "../../knowledge-base/index";
import type { Appointment } from "./appointment-claims";
import { APPROXIMATE } from "./appointment-words";
import type { AssistantTurn } from "./assistant-turns";
import { findClocks } from "./clock-mentions";
import { serviceInFocus } from "./conversation-focus";
import { type DayMention, findDays } from "./day-mentions";
import { echoedDate } from "./echoed-day";
import { splitSentences } from "./sentences";

/** The reply asks for what a booking is written under: the customer's name, a phone number or an e-mail. */
const DETAILS =
  /\b(?:your (?:full |first )?name|(?:what|which) name|name (?:shall|should|can) (?:i|we)|name (?:and|&|\+|or)|your (?:best )?(?:phone|mobile|cell|number|e-?mail|contact)|(?:a|the best) (?:phone|mobile|contact) (?:number )?(?:or|and) (?:an? )?e-?mail)\b/i;
/** The shop's own number or address given out: the customer is told how to reach the shop, not asked. */
const SHOP_CONTACT = /\S+@\S+\.\w+|\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*[\dA-Z]{4}/;
/** A request for something ("could I get…", "what's your…", "please share…"), not a statement. */
const REQUEST =
  /\?\s*$|\b(?:could|can|may) (?:i|we) (?:get|have|grab|take|ask|just get)\b|\b(?:please|kindly) (?:share|send|give|provide|reply|let me)|\bwhat'?s (?:your|the best)\b|\bi'?ll (?:just )?need\b|\bjust need\b|\bsend (?:me|over)\b/i;
/**
 * Any sign the reply does not take the customer's slot as asked: a refusal, a closure, an alternative or a
 * question about which slot. Conservative: with any of these the slot is not read as accepted.
 */
const NOT_TAKEN =
  /\b(?:closed|shut|not open|aren'?t open|can'?t|cannot|unable|unavailable|not available|isn'?t available|no (?:slots?|availability)|fully booked|booked up|too (?:late|early)|past (?:closing|our|the)|after (?:we )?close|before (?:we )?open|not possible|isn'?t possible|unfortunately|sorry|instead|rather than|alternatively|earliest|soonest|next (?:available|free|open)|how about|what about|would .{0,40}(?:work|suit|do)\b|does .{0,40}(?:work|suit)\b|or (?:would|do|does)|which (?:day|time|one|slot|of)|either|closest|nearest|(?:isn'?t|not) (?:a|an|one of our) (?:valid |free |open |bookable )?(?:slot|time|option)|on the (?:half[- ]hour|hour)|what (?:day|time)|when (?:would|do|works)|only (?:until|till|up to|from)|last (?:drop-?off|slot)|latest|need(?:s)? (?:at least )?(?:a|one|24)[- ](?:day|hour)|a day'?s notice|day ahead|in advance)\b/i;
/** A holiday mentioned: likely a closure, unless the reply takes the slot outright beside it ("Dec 25 at 10, got it"). */
const HOLIDAY = /\bholidays?\b/i;
/** The slot taken in so many words, in the sentence that names its time. */
const TAKEN_HERE = /\b(?:got it|noted|works|locked in|you'?re (?:all )?set|perfect|pencil\w*|done|booked|reserved)\b/i;
/** Hours talk: a time here is opening hours, not the slot. */
const HOURS_WORDS = /\b(?:open|opens|close[sd]?|closing|until|till|hours)\b/i;
/** Words that make the slot a booking (a drop-off in the diary) rather than a walk-in visit. */
const BOOKING_WORDS =
  /\b(?:book\w*|appointment|slot|reserv\w*|schedul\w*|drop[- ]?off|drop (?:it|her|him|the bike|your bike) off|pencil\w*)\b/i;
/** "I work until 5", "I finish at 4", "can't get there before 6:15", "no earlier than 4": the customer's own schedule
 * or a bound on the visit, not the time asked for. */
const BUSY_UNTIL =
  /\b(?:until|till|til|finish(?:es)?(?: work)? at|get off(?: work)? at|off work at|before|after|no (?:earlier|later|sooner) than|not until|(?:can'?t|cannot|won'?t|not able to) (?:get|be|make it|come|arrive)(?: \w+){0,2} (?:before|until|till|by))\s+$/i;

/** "Happy New Year's Eve!", "merry Christmas": a greeting names no day for the visit. */
export const GREETING = /\b(?:happy|merry|enjoy(?: the)?|have a (?:great|good|nice|lovely))\s+$/i;

/**
 * The date and time one text names for a visit: the first sentence naming both, else the first naming a time, else
 * the first naming a date. Times in an hours statement or a range, and days in a greeting, are left out.
 */
function slotIn(
  text: string,
  now: string,
  h: Handbook,
): { date: string | null; time: number | null; pinned?: boolean; days?: DayMention["days"] } {
  const found = splitSentences(text)
    .filter((s) => !HOURS_WORDS.test(s.text))
    .map((s) => {
      const days = findDays(s.text, now, h).filter(
        (d) => d.date && !d.group && !d.recurring && !GREETING.test(s.text.slice(0, d.start)),
      );
      const { times, ranges } = findClocks(s.text);
      const free = times.filter(
        (t) => !ranges.some((r) => t.start >= r.start && t.end <= r.end) && !BUSY_UNTIL.test(s.text.slice(0, t.start)),
      );
      const day = days.find((d) => d.pinned) ?? days[0];
      return { date: day?.date ?? null, pinned: day?.pinned, days: day?.days, time: free[0]?.minutes ?? null };
    });
  return (
    found.find((f) => f.date !== null && f.time !== null) ??
    found.find((f) => f.time !== null) ??
    found.find((f) => f.date !== null) ?? { date: null, time: null }
  );
}

/** The last date named in the few messages before this reply (the day a booking in progress is for), else null. */
function dayBefore(turn: AssistantTurn, now: string, h: Handbook): string | null {
  for (let i = turn.index - 1; i >= Math.max(0, turn.index - 6); i--) {
    const m = turn.messages[i]!;
    if (m.role === "system") continue;
    const days = findDays(m.content, now, h).filter((d) => d.date && !d.group && !d.recurring);
    const d = days.find((x) => x.pinned) ?? days.at(-1);
    if (d?.date) return d.date;
  }
  return null;
}

/**
 * Conversation level: the reply takes the slot the customer asked for and moves on to the booking's details ("2 pm
 * today works — could I get your name and a phone number?", "Sunday at 10 — I can pencil that in! Your name?"). No
 * refusal, alternative or condition anywhere in the reply. The slot is the date and time the reply restates, else the
 * customer's. Null when the reply does not move on or names no slot at all.
 */
export function acceptedSlot(turn: AssistantTurn, now: string, h: Handbook): Appointment | null {
  const sentences = splitSentences(turn.text);
  const ask = sentences.find((s) => DETAILS.test(s.text) && REQUEST.test(s.text) && !SHOP_CONTACT.test(s.text));
  if (!ask || NOT_TAKEN.test(turn.text)) return null;
  const takenOutright = sentences.some((s) => TAKEN_HERE.test(s.text) && findClocks(s.text).times.length > 0);
  if (HOLIDAY.test(turn.text) && !takenOutright) return null;
  const before = turn.text.slice(0, ask.start);
  // Two or more times offered ("4:30 or 5:00") are choices, not the customer's slot taken.
  const offered = new Set(
    splitSentences(before)
      .filter((s) => !HOURS_WORDS.test(s.text))
      .flatMap((s) => findClocks(s.text).times.map((t) => t.minutes)),
  );
  if (offered.size > 1) return null;
  const asked = slotIn(turn.userText, now, h);
  const said = slotIn(before, now, h);
  // "Thursday's fine" to "next Thursday": the reply's bare weekday says the customer's date back.
  const own = {
    ...said,
    date: said.days ? echoedDate({ ...said, pinned: !!said.pinned, days: said.days }, asked.date) : said.date,
  };
  // A reply that names its own day for a different one the customer asked for is a proposal: its own slot only.
  const sameDay = own.date === null || asked.date === null || own.date === asked.date;
  const time = own.time ?? (sameDay ? asked.time : null);
  // A time alone ("9:30. Ana Costa") is for the day the booking in progress was about.
  const date = own.date ?? asked.date ?? (time !== null ? dayBefore(turn, now, h) : null);
  if (date === null && time === null) return null;
  const service = serviceInFocus(turn);
  const bookable = service ? h.services.find((s) => s.id === service)?.booking === "required" : false;
  const booking = bookable || BOOKING_WORDS.test(turn.text) || BOOKING_WORDS.test(turn.userText);
  return {
    date,
    time,
    // "around 10:15", "10ish": the customer's loose time, not said back, names no exact slot.
    ...(own.time === null && time !== null && APPROXIMATE.test(turn.userText) && { loose: true }),
    kind: booking ? "booking" : "visit",
    service,
    sentence: (sentences.find((s) => s.start < ask.start) ?? ask).text,
  };
}
