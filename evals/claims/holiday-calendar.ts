/**
 * The shop's holidays on any date, from the handbook's rules (fixed date, or the nth weekday of a month) read by the
 * knowledge base's own rule arithmetic (`holidayDateIn`, from which the listed `holidays` are expanded too; no bot code):
 * the listed `holidays` cover one year only, and a transcript may be dated in any year ("Christmas Day" in December 2027 is a Saturday the shop is closed).
 */
import { type Handbook, holidayDateIn, holidayOn } from "../../knowledge-base/index";
import { civilDate, daysBetween } from "./shop-calendar";

/** The holiday (id and name) falling on a date by the rules, else one the handbook lists on it, else null. */
export function holidayOnDate(h: Handbook, date: string): { id: string; name: string } | null {
  const r = holidayOn(h.holidayRules, date);
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
  return { id: r.id, name: r.name, date: nearestOccurrence((y) => holidayDateIn(r, y), today) };
}

/** A fixed month and day ("Christmas Eve", Dec 24) on its occurrence nearest to `today`. */
export function nearestMonthDay(month: number, day: number, today: string): string {
  return nearestOccurrence((y) => civilDate(y, month, day)!, today);
}
