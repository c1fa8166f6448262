/**
 * The shop's holidays on any date, from the handbook's rules (fixed date, or the nth weekday of a month) with the
 * evaluators' own arithmetic: the handbook's listed `holidays` cover one year only, and a transcript may be dated in
 * any year ("Christmas Day" in December 2027 is a Saturday the shop is closed).
 */
import type { Handbook, HolidayRule } from "../../knowledge-base/index";
import { civilDate, daysBetween, weekdayOn } from "./shop-calendar";

/** A holiday rule's date in a year. */
function ruleDate(r: HolidayRule, year: number): string {
  if (r.kind === "fixed") return civilDate(year, r.month, r.day)!;
  for (let d = 1 + 7 * (r.n - 1); ; d++) {
    const date = civilDate(year, r.month, d)!;
    if (weekdayOn(date) === r.weekday) return date;
  }
}

/** The holiday (id and name) falling on a date by the rules, else one the handbook lists on it, else null. */
export function holidayOnDate(h: Handbook, date: string): { id: string; name: string } | null {
  const year = Number(date.slice(0, 4));
  const r = h.holidayRules.find((x) => ruleDate(x, year) === date);
  return r ? { id: r.id, name: r.name } : (h.holidays.find((x) => x.date === date) ?? null);
}

/** The date of a month/day (or a rule) nearest to `today`: last year's, this year's or next year's (a tie: later). */
export function nearestOccurrence(at: (year: number) => string, today: string): string {
  const year = Number(today.slice(0, 4));
  const dates = [year - 1, year, year + 1].map(at);
  return dates.reduce((best, d) =>
    Math.abs(daysBetween(today, d)) < Math.abs(daysBetween(today, best)) ||
    (Math.abs(daysBetween(today, d)) === Math.abs(daysBetween(today, best)) && d > best)
      ? d
      : best,
  );
}

/** The holiday a word names ("thanksgiving", "christmas", "new year's"), on its occurrence nearest to `today`. */
export function namedHoliday(
  h: Handbook,
  word: string,
  today: string,
): { id: string; name: string; date: string } | null {
  const w = word.toLowerCase().slice(0, 5);
  const r = h.holidayRules.find((x) => x.name.toLowerCase().startsWith(w));
  if (!r) return null;
  return { id: r.id, name: r.name, date: nearestOccurrence((y) => ruleDate(r, y), today) };
}

/** A fixed month and day ("Christmas Eve", Dec 24) on its occurrence nearest to `today`. */
export function nearestMonthDay(month: number, day: number, today: string): string {
  return nearestOccurrence((y) => civilDate(y, month, day)!, today);
}
