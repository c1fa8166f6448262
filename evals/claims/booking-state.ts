import { type Handbook, recognizeContacts, type ServiceId } from "../../knowledge-base/index";
import type { Message } from "../schema";
import { GREETING } from "./accepted-slot";
import { BOOKING_WORDS, BUSY_ADVICE, HOURS_TALK, REJECT, ruledOutTimes } from "./appointment-words";
import { type AssistantTurn, turnText } from "./assistant-turns";
import { asksToConfirm, type BookingProgress, bookingProgress, bookingStatedAt, nameEchoed } from "./booking-progress";
import { findClocks } from "./clock-mentions";
import type { SubjectLink } from "./confidence";
import { serviceInFocus } from "./conversation-focus";
import { type DayMention, findDays } from "./day-mentions";
import { notOfferedIn } from "./not-offered-items";
import { splitClauses, splitSentences } from "./sentences";
import { servicesIn } from "./service-mentions";

/** The slot a booking act is about: its date and time (minutes), the service, and the line that names it. */
export interface BookingSlot {
  date: string | null;
  time: number | null;
  service: ServiceId | null;
  /** The slot as a drop-off booking (a bookable service or booking words in play), not a walk-in visit. */
  kind: "booking" | "visit";
  sentence: string;
  /** Where the date came from: the message itself, the slot read back before it, or the customer's words. */
  link: SubjectLink;
}

/**
 * What one assistant message does with a booking, read from the wording over the whole conversation (so it works on
 * foreign transcripts): it reads a slot back and asks the customer to confirm it, states the booking made, or neither;
 * the slot it is about; and what the customer had given before it (name, contact, confirmation).
 */
export interface BookingTurn {
  act: "read_back" | "booked" | null;
  /** The sentence stating the booking made (for `booked`). */
  said: string | null;
  slot: BookingSlot | null;
  /** What the customer had given before this message, read when asked (a pass over the messages before it). */
  progress(): BookingProgress;
}

/** "every 30 minutes from 10 to 5", "slots run until 6": a window of slots, not the slot itself. */
const WINDOW = /\b(?:every|slots?|from|until|till|between|options?|available|open(?:ing)?)\b/i;

/** Where one statement ends and the next begins inside a clause: ", so", ", but", a spaced dash, a semicolon. */
const PIECE = /,\s*(?=(?:so|but|and so|which means|that'?s why)\b)|\s[—–]\s|;/i;

const usableDay = (d: DayMention) => d.date !== null && !d.group && !d.recurring;

/** The date and time one text lays out as the slot: the line naming both first, else any line's. */
function slotOf(text: string, now: string, h: Handbook): { date: string | null; time: number | null; line: string } {
  let best: { date: string | null; time: number | null; line: string } | null = null;
  // "2:15 isn't one — would 2:00 work?": a time the message rules out is never its slot.
  const ruledOut = ruledOutTimes(text);
  for (const s of splitSentences(text)) {
    let date: string | null = null;
    let time: number | null = null;
    // A piece refusing or giving hours ("we close at 7", "10:45 isn't a slot") names no slot taken; the piece after
    // "…closed Christmas Day, so I've moved you to Saturday" does.
    // A range said across a dash ("open our normal 10 am – 6 pm") is a window whichever piece each end falls in.
    const spans = findClocks(s.text).ranges;
    const whole = {
      ...s,
      text: spans.reduce((t, r) => t.slice(0, r.start) + " ".repeat(r.end - r.start) + t.slice(r.end), s.text),
    };
    for (const c of splitClauses(whole).flatMap((x) => x.text.split(PIECE).map((text) => ({ text })))) {
      // "it quiets down after 2": advice on busy and quiet times is no slot either.
      if (REJECT.test(c.text) || HOURS_TALK.test(c.text) || WINDOW.test(c.text) || BUSY_ADVICE.test(c.text)) continue;
      const days = findDays(c.text, now, h).filter((d) => usableDay(d) && !GREETING.test(c.text.slice(0, d.start)));
      date ??= (days.find((d) => d.pinned) ?? days[0])?.date ?? null;
      const { times, ranges } = findClocks(c.text);
      time ??=
        times.find((t) => !ranges.some((r) => t.start >= r.start && t.end <= r.end) && !ruledOut.has(t.minutes))
          ?.minutes ?? null;
    }
    if (date === null && time === null) continue;
    const found = { date, time, line: s.text };
    if (date !== null && time !== null) return found;
    best ??= found;
  }
  return best ?? { date: null, time: null, line: "" };
}

/** The last usable date in the few messages before `index`, preferring one on `weekday` (a bare weekday's own date). */
function dateBefore(turn: AssistantTurn, now: string, h: Handbook): string | null {
  for (let i = turn.index - 1; i >= Math.max(0, turn.index - 6); i--) {
    const m = turn.messages[i]!;
    if (m.role === "system") continue;
    const days = splitSentences(m.content)
      .flatMap((s) => splitClauses(s))
      .filter((c) => m.role === "user" || !REJECT.test(c.text))
      .flatMap((c) => findDays(c.text, now, h).filter(usableDay));
    const d = days.filter((x) => x.pinned).at(-1) ?? days.at(-1);
    if (d?.date) return d.date;
  }
  return null;
}

const nothing = (): BookingProgress => ({ name: false, contact: false, confirmed: false, existing: false });

/**
 * One assistant message's booking act. `lastReadBack` is the slot the conversation last read back: a booking stated
 * after it ("You're all set!") is about that slot, unless the message names its own.
 */
function read(turn: AssistantTurn, now: string, h: Handbook, lastReadBack: BookingSlot | null): BookingTurn {
  const said = bookingStatedAt(turn.messages, turn.index, turn.text);
  // Most replies neither state a booking nor ask for a yes: read no slot for them.
  if (!said && !asksToConfirm(turn.text)) return { act: null, said, slot: null, progress: nothing };
  const own = slotOf(turn.text, now, h);
  // A read-back lays the booking's details out (the slot and a service or the customer's contact), not just a time
  // proposed ("Would 5:00 tomorrow work instead?").
  const readBack =
    !said &&
    asksToConfirm(turn.text) &&
    own.date !== null &&
    own.time !== null &&
    (servicesIn(turn.text).length > 0 ||
      notOfferedIn(turn.text).length > 0 ||
      recognizeContacts(turn.text).length > 0 ||
      nameEchoed(turn.userText, turn.text));
  const act = said ? "booked" : readBack ? "read_back" : null;
  if (!act) return { act, said, slot: null, progress: nothing };
  let got: BookingProgress | null = null;
  const progress = () => {
    got ??= bookingProgress(turn.messages, turn.index);
    return got;
  };
  const asked = slotOf(turn.userText, now, h);
  // A booking stated without its slot is about the slot read back before it, else the one the customer named.
  const date = own.date ?? lastReadBack?.date ?? asked.date ?? dateBefore(turn, now, h);
  const time =
    own.time ?? (own.date === null || own.date === lastReadBack?.date ? lastReadBack?.time : null) ?? asked.time;
  const service = serviceInFocus(turn);
  const bookable = service ? h.services.find((s) => s.id === service)?.booking === "required" : false;
  let booking = bookable;
  for (let i = 0; i <= turn.index && !booking; i++) booking = BOOKING_WORDS.test(turn.messages[i]!.content);
  const slot: BookingSlot | null =
    date === null && time === null
      ? null
      : {
          date,
          time,
          service,
          kind: booking ? "booking" : "visit",
          sentence: own.line || said || "",
          link: own.date !== null ? "clause" : lastReadBack?.date ? "previous" : "topic",
        };
  return { act, said, slot, progress };
}

interface Pass {
  now: string;
  h: Handbook;
  byIndex: Map<number, BookingTurn>;
  /** Where the pass stopped, and what it carries from the messages before it: the last read-back, the customer's
   * last words, the assistant turn count. */
  next: number;
  last: BookingSlot | null;
  userText: string;
  n: number;
}
const passes = new WeakMap<readonly Message[], Pass>();

/**
 * The booking act of one assistant turn, read in one pass over the conversation (cached per conversation, reference
 * time and handbook, resumed where it stopped) so a read-back carries to the "you're booked" after it; the
 * confirmation, slot and service checks share it.
 */
export function bookingTurn(turn: AssistantTurn, now: string, h: Handbook): BookingTurn {
  let s = passes.get(turn.messages);
  if (!s || s.now !== now || s.h !== h) {
    s = { now, h, byIndex: new Map(), next: 0, last: null, userText: "", n: 0 };
    passes.set(turn.messages, s);
  }
  for (; s.next <= turn.index; s.next++) {
    const m = turn.messages[s.next]!;
    if (m.role === "user") s.userText = m.content;
    if (m.role !== "assistant") continue;
    s.n++;
    const text = turnText(m.content, s.userText);
    const b = read({ turn: s.n, text, userText: s.userText, index: s.next, messages: turn.messages }, now, h, s.last);
    s.byIndex.set(s.next, b);
    if (b.act === "read_back" && b.slot) s.last = b.slot;
  }
  const b = s.byIndex.get(turn.index);
  // A turn built by hand (tests) may carry text that is not the message at its index: read alone.
  return b && turnText(turn.messages[turn.index]!.content, turn.userText) === turn.text ? b : read(turn, now, h, null);
}
