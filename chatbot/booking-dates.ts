import { DateTime } from "luxon";
import { type Handbook, weekdayOf } from "../knowledge-base/index";
import { addDays } from "./shop-calendar";
import { checkDate } from "./validate-booking";

/** The date inside `span` on the same weekday as `date`, or `date` itself when the span has none. */
export function sameWeekdayIn(span: { start: string; end: string }, date: string): string {
  for (let d = span.start; d <= span.end; d = addDays(d, 1)) if (weekdayOf(d) === weekdayOf(date)) return d;
  return date;
}

/** Open, bookable dates (lead time respected) within an inclusive range, at most six. */
export function bookableDatesIn(h: Handbook, range: { start: string; end: string }, today: string): string[] {
  const out: string[] = [];
  for (let d = range.start; d <= range.end && out.length < 6; d = addDays(d, 1))
    if (checkDate(h, d, today).ok) out.push(d);
  return out;
}

/** The Monday-to-Sunday week holding `date`. */
function weekOf(date: string): { start: string; end: string } {
  const start = addDays(date, 1 - DateTime.fromISO(date).weekday);
  return { start, end: addDays(start, 6) };
}

/**
 * A weekday said alone once a day is already chosen ("5:30? that's a Thursday right", "sorry, I meant the Thursday")
 * is that weekday in the chosen day's week — the chosen day itself when they agree — not the coming one, unless that
 * day is already gone.
 */
export function weekdayNearDraft(asked: string, held: string | null | undefined, today: string): string {
  if (!held || held <= today) return asked;
  const near = sameWeekdayIn(weekOf(held), asked);
  return near > today ? near : asked;
}

/** "The week after", "a week later", "the following week": a week on from a day already talked about. */
export const WEEK_ON = /\b(the|a) week (after|later|on)\b|\b(the )?following week\b|\bweek after that\b/i;
const DAY_WORDS = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}(st|nd|rd|th)\b|\d{1,2}\/\d{1,2}/i;

/**
 * "Can we do the week after, same day and time?" once a day is chosen: that day a week on (the recogniser reads "the
 * week after" from today); null when the message says no such thing, names its own day, or no day is held.
 */
export function weekOnFromDraft(message: string, held: string | null | undefined): string | null {
  if (!held || !WEEK_ON.test(message) || DAY_WORDS.test(message)) return null;
  return addDays(held, 7);
}

/** "The day after", "the next day", "the day before then" said alone: a day on from (or before) the day just talked about. */
const DAY_ON =
  /\bthe (?:day (after|before)|(next|following|previous) day)(?=\s*(then|that|instead|please|pls|works|is fine|would work|would do|[?.,!;]|$))/i;

/**
 * "Ok the day after then", answering a refused Christmas Day, or said once a day is chosen: the day next to that one
 * (the recogniser reads "the day after" from today); null when the message says no such thing or no day is known.
 */
export function dayOnFrom(message: string, anchor: string | null | undefined): string | null {
  const m = DAY_ON.exec(message);
  if (!anchor || !m) return null;
  return addDays(anchor, /^(after|next|following)$/i.test(m[1] ?? m[2]!) ? 1 : -1);
}

/** A day of the month ("the 4th", "4th?"); counted alone only when no month or weekday is named beside it. */
const DAY_NUMBER = /\b(\d{1,2})(?:st|nd|rd|th)\b/gi;
/** Words just before a day being turned down ("not the 21st", "instead of the 3rd"). */
const TURNED_DOWN = /\b(not|instead of|rather than|no longer)\s+(the\s+|on\s+)?$/i;
const MONTH_NAMED = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}\/\d{1,2}/i;
/** Weekdays named, by their luxon number (Monday 1). */
const WEEKDAY_WORDS: [RegExp, number][] = [
  /\bmon(day)?\b/i,
  /\btues?(day)?\b/i,
  /\bweds?(nesday)?\b/i,
  /\bthu(r|rs|rsday)?\b/i,
  /\bfri(day)?\b/i,
  /\bsat(urday)?\b/i,
  /\bsun(day)?\b/i,
].map((re, i) => [re, i + 1]);

/**
 * "Ugh, the 4th then", answering a refused Monday 3 August: a bare day of the month is the one nearest the day just
 * talked about (its month, or the next one when that day is before it), not last month's; null when the message names
 * no bare day or no day is known.
 */
export function dayOfMonthNear(message: string, anchor: string | null | undefined, today: string): string | null {
  const said = [...message.matchAll(DAY_NUMBER)].filter(
    (x) => !TURNED_DOWN.test(message.slice(Math.max(0, x.index - 16), x.index)),
  );
  const m = said.length === 1 ? said[0] : null;
  if (!anchor || !m || MONTH_NAMED.test(message)) return null;
  // "Not the 4th, the 5th - Saturday is better": a weekday beside it must be that day's own.
  const weekdays = WEEKDAY_WORDS.filter(([re]) => re.test(message)).map(([, n]) => n);
  const day = Number(m[1]);
  if (day < 1 || day > 31) return null;
  const at = DateTime.fromISO(anchor);
  for (const base of [at, at.plus({ months: 1 })]) {
    const d = base.set({ day });
    if (d.day === day && (d.toISODate() ?? "") > today)
      return weekdays.length === 0 || (weekdays.length === 1 && weekdays[0] === d.weekday) ? d.toISODate() : null;
  }
  return null;
}

const WEEKDAY_INDEX: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
/** "Thursday that week", "the Friday of the same week", "same week, on the Tuesday". */
const THAT_WEEK =
  /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+(?:of\s+)?(?:that|the same|same|this same)\s+week\b|\b(?:that|the same|same)\s+week,?\s+(?:on\s+)?(?:the\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

/**
 * "Thursday that week", said after a day was named or refused ("the week of the 14th" — Monday the 14th is closed):
 * that weekday in the same Monday-to-Sunday week as the day talked about; null when not said or no day is known.
 */
export function weekdayThatWeek(message: string, anchor: string | null | undefined): string | null {
  const m = THAT_WEEK.exec(message);
  if (!anchor || !m) return null;
  const want = WEEKDAY_INDEX[(m[1] ?? m[2])!.toLowerCase().slice(0, 3)]!;
  const have = DateTime.fromISO(anchor).weekday;
  return addDays(anchor, want - have);
}
