import { type Handbook, WEEKDAYS, weekdayOf } from "../knowledge-base/index";
import { addDays } from "./shop-calendar";

const THIS_WEEK = /\b(this|the|coming) week\b|\bthis weeks?\b|\bweek ahead\b/i;
const NEXT_WEEK = /\bnext week\b|\bweek after this\b/i;

/** The days a "this week" / "next week" question covers (weeks run Monday to Sunday), from `today`; null otherwise. */
export function weekSpan(text: string | null | undefined, today: string): { start: string; end: string } | null {
  const t = String(text ?? "");
  const daysToSunday = 6 - WEEKDAYS.indexOf(weekdayOf(today));
  if (NEXT_WEEK.test(t)) return { start: addDays(today, daysToSunday + 1), end: addDays(today, daysToSunday + 7) };
  if (THIS_WEEK.test(t)) return { start: today, end: addDays(today, daysToSunday) };
  return null;
}

/** Holiday fact ids between two dates, inclusive. */
export function holidaysBetween(h: Handbook, span: { start: string; end: string }): string[] {
  return h.holidays.filter((x) => x.date >= span.start && x.date <= span.end).map((x) => x.id);
}
