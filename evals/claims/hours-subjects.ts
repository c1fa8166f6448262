import { DateTime } from "luxon";
import { type Handbook, WEEKDAYS, type Weekday } from "../../knowledge-base/index";
import type { SubjectLink } from "./confidence";
import { type DayMention, exceptDays, findDays } from "./day-mentions";
import { CLOSED, ECHO_CLOSE, ECHO_OPEN, FILLER, type Info } from "./hours-segment";
import { namedWeek } from "./named-week";
import type { Segment } from "./segments";

/** One statement about opening hours or drop-off slots on one weekday (or one pinned date). */
export interface HoursClaim {
  day: Weekday;
  date: string | null;
  /** From a single-day mention; group claims ("Tue–Fri 10–6") give way to specific ones in the same message. */
  specific: boolean;
  /** How many weekdays the mention named ("weekdays" 5, "every day" 7; 1 for a single day). */
  groupSize: number;
  /** A loose group ("weekdays", "during the week") that may or may not take in a day the shop is shut. */
  looseGroup: boolean;
  status: "open" | "closed" | null;
  opens: number | null;
  closes: number | null;
  slots: { from: number | null; to: number | null; strict: boolean } | null;
  /** A moment the shop is said to be closed at (not the whole day). */
  closedAt?: number;
  /** The opening time's role was read from a bare "from" only. */
  bareRole?: boolean;
  sentence: string;
  /** The date comes only from a week the conversation names ("Thanksgiving week"); an explicit date claim wins. */
  weekPinned: boolean;
  /** How the day was tied to the statement (its own clause, the sentence, the sentence before, the customer's topic). */
  link?: SubjectLink;
}

const COMPARED = /^(?:-|\s)?(?:style|like|type|esque|equivalent)\b/i;
const COMPARED_BEFORE =
  /\b(?:like|same as|as on|as if it were|similar to)\s+(?:a|an|on a|our|any|a normal|a regular)?\s*$/i;
/** "Normally Thursday would be our late night": the weekday's usual hours, not a claim about the dated day in view. */
export const HABITUAL =
  /\b(?:normally|usually|typically|ordinarily|generally|as a rule|in a (?:normal|regular|typical) week)\b/i;
const LOOSE_GROUP = /\bweek ?days?\b|\bduring the week\b|\bmid-?week\b/i;
const ECHO_WORDS = /^(?:yes|yep|yeah|correct|that'?s right|right)\b/i;

/** "after today", "since Monday", "after the weekend": a day other days are counted from, before the day a clause is about. */
const ANCHOR_BEFORE = /\b(?:after|since|than|before|ahead of)\s+(?:the\s+|this\s+|our\s+)?$/i;

/**
 * "The next open day after today is Tuesday, April 21": a day named as the point counted from is no subject when the
 * same sentence names another day; the claim's day is its own.
 */
function isAnchor(message: string, d: DayMention, all: readonly DayMention[]): boolean {
  if (!ANCHOR_BEFORE.test(message.slice(Math.max(0, d.start - 20), d.start))) return false;
  const sentence = (at: number) => message.slice(0, at).split(/[.!?\n]/).length;
  return all.some((o) => o !== d && !o.group && sentence(o.start) === sentence(d.start));
}

/** The days an hours reply can speak of, and the date each one pins to. */
export interface HoursSubjects {
  /** Day mentions of the message that can be a claim's subject (a weekday named as a comparison is not). */
  days: DayMention[];
  /** Single days the customer named: a bare reply speaks of them. */
  userDays: DayMention[];
  /** The date a mention of `day` pins to, or null for the weekday in general (`habitual`: "usually"). */
  pin(d: DayMention, day: Weekday, habitual: boolean): string | null;
  /** The week the conversation names ("Thanksgiving week"): a weekday in it pins to that week's date. */
  week: string | null;
}

/** Finds the subjects of a message's hours claims and how each weekday resolves to a date. */
export function hoursSubjects(message: string, now: string, h: Handbook, userText: string): HoursSubjects {
  // "Saturday-style hours", "like a Saturday": a weekday named as a comparison is no subject of the claim.
  const all = findDays(message, now, h);
  const days = all.filter(
    (d) =>
      !COMPARED.test(message.slice(d.end, d.end + 8)) &&
      !COMPARED_BEFORE.test(message.slice(Math.max(0, d.start - 20), d.start)) &&
      !isAnchor(message, d, all),
  );
  const userDays = findDays(userText, now, h).filter((d) => !d.group);
  // A weekly schedule ("Tuesday 10–6, Wednesday 10–6, Thursday 10–7…") speaks of weekdays, never of one date.
  const schedule = new Set(days.filter((d) => !d.pinned).flatMap((d) => d.days)).size >= 3;
  const week = namedWeek(`${message} ${userText}`, now, h);
  const pin = (d: DayMention, day: Weekday, habitual: boolean): string | null => {
    if (d.pinned) return d.date;
    if (d.recurring || habitual) return null;
    if (week)
      return DateTime.fromISO(week)
        .plus({ days: WEEKDAYS.indexOf(day) })
        .toISODate();
    if (schedule) return null;
    return userDays.find((u) => u.days[0] === day && !u.recurring)?.date ?? null;
  };
  return { days, userDays, pin, week };
}

/** "Yes, that's right" after "you close at 6?": the sentence answers an opening or a closing question, else null. */
export function echoOf(sentence: string, userText: string): "open" | "close" | null {
  if (!ECHO_WORDS.test(sentence)) return null;
  return ECHO_OPEN.test(userText) ? "open" : ECHO_CLOSE.test(userText) ? "close" : null;
}

/** A segment that is only day names and filler ("Tuesday", "and Thursday"): each mention blanked where it lies. */
export function isBareDayList(seg: Segment, own: readonly DayMention[]): boolean {
  if (!own.length) return false;
  let rest = seg.text;
  for (const d of own) {
    const from = d.start - seg.start;
    const to = Math.min(d.end, seg.end) - seg.start;
    rest = `${rest.slice(0, from)}${" ".repeat(to - from)}${rest.slice(to)}`;
  }
  return rest.replace(FILLER, "") === "";
}

/** "until", "till" (with "next"/"this" or a weekday's "the") right before a day. */
const CLOSED_UNTIL = /\b(?:until|till|til)\s+(?:(?:next|this|the)\s+)?$/i;

/** The days a segment names as its own subjects, and the weekdays it sets aside ("every day except Monday"). */
export function segmentDays(seg: Segment, days: readonly DayMention[]): { own: DayMention[]; except: Set<Weekday> } {
  const segDays = days.filter((d) => d.start >= seg.start && d.start < seg.end);
  const except = new Set(
    exceptDays(
      seg.text,
      segDays.map((d) => ({ ...d, start: d.start - seg.start })),
    ),
  );
  // "we're not open again until Tuesday": the day a closure lasts until is the day it ends, not a closed day.
  const closedUntil = (d: DayMention) =>
    CLOSED.test(seg.text) && CLOSED_UNTIL.test(seg.text.slice(0, d.start - seg.start));
  return { own: segDays.filter((d) => !d.days.every((x) => except.has(x)) && !closedUntil(d)), except };
}

/** One claim per weekday of each target (days set aside skipped), dated by `pin`. */
export function claimsFor(
  targets: readonly DayMention[],
  info: Info,
  except: Set<Weekday>,
  sentence: string,
  pin: (d: DayMention, day: Weekday) => string | null,
  inNamedWeek: boolean,
): HoursClaim[] {
  return targets.flatMap((t) =>
    t.days
      .filter((day) => !except.has(day))
      .map((day) => ({
        day,
        date: pin(t, day),
        specific: !t.group,
        groupSize: t.days.length,
        looseGroup: t.group && LOOSE_GROUP.test(t.text),
        ...info,
        sentence,
        weekPinned: !t.pinned && inNamedWeek,
      })),
  );
}
