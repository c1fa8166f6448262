import type { Handbook, Weekday } from "../../knowledge-base/index";
import { type DayMention, findDays } from "./day-mentions";
import { listedWeekdayPairs } from "./listed-weekdays";
import { daysBetween, localDate, weekdayOn } from "./shop-calendar";

/** A date said to fall on a weekday ("today (Wednesday)", "Friday, January 2"), with the weekday it really has. */
export interface WeekdayClaim {
  text: string;
  date: string;
  said: Weekday;
  actual: Weekday;
  /** The other date the same words name ("tomorrow (Thursday, May 14)" when tomorrow is the 13th). */
  otherDate?: string;
}

// "today (Wednesday)": a weekday or date in brackets after a date is its name.
const PAREN = /^\s*\(\s*$/;
// "today — Wednesday — …", "tomorrow, Friday, …": after a dash or a comma only a name closed off by punctuation is an
// apposition; "Thanksgiving — Friday we're open" and "Thanksgiving, Friday 10–6" go on to other days.
const OPEN_GAP = /^\s*[,—–-]\s*$/;
const CLOSED_AFTER = /^\s*(?:[,.;!?)—–]|$)/;
const COPULA =
  /^\s*(?:[)\]]\s*)?(?:[,—–]\s*)?(?:(?:which|that)\s+)?(?:(?:this|next) year\s+|in \d{4}\s+)?(?:is|'s|was|will be|would be|should be|happens to be|falls on|lands on|is on)\s+(?:a|an|the)?\s*$/i;
const LIST_AFTER =
  /^\s*(?:,\s*(?:and\b|or\b)?|and\b|or\b|&|\/)\s*(?:\w+day|today|tomorrow|the|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\b\.?)/i;

/** The year a bare calendar date most plausibly means: the resolved one, or a year earlier when that is nearer. */
function nearestYear(date: string, today: string): string[] {
  if (daysBetween(today, date) <= 183) return [date];
  return [date, `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`];
}

/**
 * Dates a message names with the wrong weekday: a weekday written with its date ("Friday, Jan 2") or beside a relative
 * day, holiday or date in apposition ("today (Wednesday)"). A past-looking date is also tried a year earlier.
 */
export function wrongWeekdays(message: string, now: string, h: Handbook): WeekdayClaim[] {
  const days = findDays(message, now, h);
  const today = localDate(now, h.shop.timeZone);
  const out: WeekdayClaim[] = [];
  const check = (text: string, date: string, said: Weekday, end?: number) => {
    const candidates = [...nearestYear(date, today), ...(end === undefined ? [] : pastMonth(text, message, end, date))];
    if (candidates.some((d) => weekdayOn(d) === said)) return;
    out.push({ text, date: candidates[0]!, said, actual: weekdayOn(candidates[0]!) });
  };
  for (const d of days)
    if (!d.group && d.date && d.days.length === 1 && weekdayOn(d.date) !== d.days[0])
      check(d.text, d.date, d.days[0]!, d.end);
  for (let i = 0; i + 1 < days.length; i++) {
    const [a, b] = [days[i]!, days[i + 1]!];
    const gap = message.slice(a.end, b.start);
    const after = message.slice(b.end, b.end + 40);
    const apposed = PAREN.test(gap) || (OPEN_GAP.test(gap) && CLOSED_AFTER.test(after));
    const text = `${a.text} ${message.slice(a.end, b.end).trim()}`;
    // "the 19th is a Thursday", "June 3 falls on a Wednesday": a date said to be a weekday.
    if (!apposed && COPULA.test(gap)) {
      const said = datedAndBare(a, b);
      if (said) check(text, said.date, said.said, a.end);
      // "the day after tomorrow is Wednesday, September 2" when it is the 1st: a relative day said to be another date.
      else if (
        (isRelative(a.text) || isDayName(a.text)) &&
        !ANCHOR_BEFORE.test(message.slice(0, a.start)) &&
        !a.group &&
        !b.group &&
        b.pinned &&
        a.date &&
        b.date &&
        a.date !== b.date
      )
        out.push({ text, date: a.date, said: weekdayOn(b.date), actual: weekdayOn(a.date), otherDate: b.date });
      continue;
    }
    if (!apposed) continue;
    // "Sunday and Monday (Jan 2–3)": a list of weekdays named by a list or range of dates, pair by pair.
    const listed = listedWeekdayPairs(message, days, i);
    if (listed) {
      for (const p of listed) check(p.text, p.date, p.said);
      continue;
    }
    if (LIST_AFTER.test(after)) continue;
    const pair = datedAndBare(a, b);
    if (pair) check(text, pair.date, pair.said, b.end);
    // "tomorrow (Thursday, May 14)" when tomorrow is the 13th: two dates given as one (the year is left to the reader,
    // as a holiday table's year and a bare "December 25" may differ).
    // Two day names in a row ("Thanksgiving, Christmas Day") are a list: a name renames no other name.
    else if (
      !a.group &&
      !b.group &&
      a.pinned &&
      b.pinned &&
      a.date &&
      b.date &&
      a.date.slice(5) !== b.date.slice(5) &&
      // "Tuesday the 11th (May 11) has already passed": this month's 11th, said again with its month.
      !pastMonth(a.text, message, b.end, a.date).some((d) => d.slice(5) === b.date!.slice(5)) &&
      !(isDayName(a.text) && isDayName(b.text)) &&
      // "Wed Dec 22, Thu Dec 23": two dates each with its own weekday are a list; neither renames the other.
      !(isFullDate(a.text) && isFullDate(b.text))
    )
      out.push({ text, date: a.date, said: weekdayOn(b.date), actual: weekdayOn(a.date), otherDate: b.date });
  }
  return out;
}

/** Words after a date saying it is behind us ("was yesterday", "has already passed", "last week"). */
const PAST_AFTER =
  /^[\s,)]*(?:\([^)]{0,30}\)\s*)?(?:(?:which|that)\s+)?(?:was\b|has (?:already )?(?:passed|gone)|had\b|(?:is|are) (?:already )?(?:past|over|gone|behind us|in the past)|already (?:passed|went|happened)|just passed|yesterday|last week)/i;

/**
 * "Tuesday the 19th was yesterday": a day of the month said without its month, and said to be past, is this month's
 * (or last month's) — not the next one the resolver picks for a bare future date.
 */
function pastMonth(text: string, message: string, end: number, date: string): string[] {
  if (new RegExp(`\\b(?:${MONTHS})[a-z]*\\.?\\s*\\d`, "i").test(text) || !PAST_AFTER.test(message.slice(end, end + 40)))
    return [];
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const back = (k: number) => {
    const t = new Date(Date.UTC(y, m - 1 - k, d));
    return t.getUTCDate() === d ? [t.toISOString().slice(0, 10)] : [];
  };
  return [...back(1), ...back(2)];
}

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/** "the next open day after today is…": a relative day after a preposition is an anchor, not the subject. */
const ANCHOR_BEFORE = /\b(?:after|before|from|since|than|until|till|by|of|past)\s+(?:the\s+)?$/i;

/** A day named by its distance from today ("tomorrow", "the day after tomorrow", "yesterday"). */
const isRelative = (text: string): boolean => /\b(?:to(?:day|morrow|night)|yesterday)\b/i.test(text);

/** A day said by its name alone ("Thanksgiving", "New Year's Day"): no digit, weekday or relative word. */
function isDayName(text: string): boolean {
  return !/\d|\b(?:to(?:day|morrow|night)|yesterday|this|next|last|coming)\b/i.test(text) && !findsWeekday(text);
}

/** A weekday written with a day of the month ("Thu Dec 23", "Friday the 24th"). */
const isFullDate = (text: string): boolean => /\d/.test(text) && findsWeekday(text);

const findsWeekday = (text: string): boolean =>
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b/i.test(text);

/** One pinned date and one bare weekday (either order), or null. */
function datedAndBare(a: DayMention, b: DayMention): { date: string; said: Weekday } | null {
  if (a.group || b.group) return null;
  const [bare, fixed] = a.pinned ? [b, a] : [a, b];
  if (bare.pinned || !fixed.pinned || !fixed.date || bare.days.length !== 1) return null;
  return { date: fixed.date, said: bare.days[0]! };
}
