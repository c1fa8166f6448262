import { DateTime } from "luxon";
import type { WhenMention } from "../knowledge-base/index";
import { addDays } from "./shop-calendar";

const DAY_MS = 86_400_000;
/** "This Tuesday", "coming Friday": a weekday said of the current week. */
export const THIS_WEEKDAY = /\b(this|coming)\s+(mon|tue|wed|thu|fri|sat|sun)/i;
/** A day of the month in the words ("the 8th", "12/8", "Dec 8"), as opposed to a clock time ("at half 4"). */
export const DAY_OF_MONTH =
  /\b\d{1,2}(st|nd|rd|th)\b|\d{1,2}\/\d{1,2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(the|on)\s+\d{1,2}\b/i;
/** Whole days from `a` to `b` (ISO dates). */
export const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** Picks the date a mention means: the next one for weekdays; a bare day-month recently past stays past. */
export function chooseDate(m: WhenMention, today: string): string | null {
  const c = m.dates;
  if (c.length === 0) return null;
  // "this monday" said on a Friday: the recogniser reads this week's Monday, already gone; a customer naming a weekday
  // without a day of the month means the coming one.
  if (
    c.length === 1 &&
    (m.weekday !== null || THIS_WEEKDAY.test(m.text)) &&
    !m.explicitYear &&
    !DAY_OF_MONTH.test(m.text) &&
    c[0]!.relation === "past"
  ) {
    let d = c[0]!.date;
    while (days(today, d) <= 0) d = addDays(d, 7);
    return d;
  }
  if (c.length === 1 || m.explicitYear) return c[0]!.date;
  const onToday = c.find((x) => x.relation === "today");
  const future = c
    .filter((x) => x.relation === "future")
    .map((x) => x.date)
    .sort()[0];
  const past = c
    .filter((x) => x.relation === "past")
    .map((x) => x.date)
    .sort()
    .at(-1);
  // A weekday named on that same weekday is next week's: today cannot be booked any more (no same-day bookings).
  if (m.weekday !== null) return future ?? onToday?.date ?? past ?? null;
  if (onToday) return onToday.date;
  // "The 25th" said on the 9th is this month's, still ahead.
  if (future && future.slice(0, 7) === today.slice(0, 7)) return future;
  // Otherwise the nearer reading: "the 19th" said on the 23rd, or "November 12" said in December, is the date just
  // gone — refused with the reason, never moved silently to next month or next year; "January 5" in December is ahead.
  if (past && future) return days(past, today) < days(today, future) ? past : future;
  return future ?? past ?? null;
}

/** A bare day of the month ("the 15th") read in the month named beside it: the next such date, or the last one gone. */
export function dayInMonth(m: WhenMention, month: WhenMention, today: string): WhenMention {
  const mm = month.timex.slice(5, 7);
  const dd = m.timex.slice(8, 10);
  const year = Number(today.slice(0, 4));
  const dates = [year - 1, year, year + 1].map((y) => `${y}-${mm}-${dd}`).filter((d) => DateTime.fromISO(d).isValid);
  const date = dates.find((d) => d >= today) ?? dates.at(-1);
  if (!date) return m;
  return { ...m, dates: [{ date, relation: date < today ? "past" : date === today ? "today" : "future" }] };
}

const WEEKDAY_WORD = /\b(mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const WEEKDAY_NUMBER: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** The ISO weekday a date mention names in its own words ("Thursday 11/25" → 4), or null. */
export function weekdayWritten(text: string): number | null {
  const m = WEEKDAY_WORD.exec(text);
  return m ? (WEEKDAY_NUMBER[m[1]!.toLowerCase().slice(0, 3)] ?? null) : null;
}
