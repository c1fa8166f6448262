import type { Handbook, Holiday, HolidayRule } from "./schema";
import { WEEKDAY_NAMES, WEEKDAYS } from "./weekdays";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ORDINALS = ["first", "second", "third", "fourth"];

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The ISO date on which a holiday rule falls in a year (pure calendar arithmetic in UTC). */
export function holidayDateIn(rule: HolidayRule, year: number): string {
  if (rule.kind === "fixed") return iso(year, rule.month, rule.day);
  const firstSundayFirst = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
  const first = (firstSundayFirst + 6) % 7; // Monday = 0, as in WEEKDAYS
  const offset = (WEEKDAYS.indexOf(rule.weekday) - first + 7) % 7;
  return iso(year, rule.month, 1 + offset + 7 * (rule.n - 1));
}

/** How the handbook states a rule in prose: "the fourth Thursday of November", "December 25". */
export function describeHolidayRule(rule: HolidayRule): string {
  const month = MONTHS[rule.month - 1];
  if (rule.kind === "fixed") return `${month} ${rule.day}`;
  return `the ${ORDINALS[rule.n - 1]} ${WEEKDAY_NAMES[rule.weekday]} of ${month}`;
}

/** Every occurrence of the rules between two ISO dates (both included), in date order. */
export function holidaysBetween(rules: readonly HolidayRule[], from: string, to: string): Holiday[] {
  const out: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (const r of rules) {
      const date = holidayDateIn(r, year);
      if (date >= from && date <= to) out.push({ id: r.id, date, name: r.name });
    }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The holiday falling on an ISO date, or null; works for any year. */
export function holidayOn(rules: readonly HolidayRule[], date: string): Holiday | null {
  return holidaysBetween(rules, date, date)[0] ?? null;
}

/** The last day of the year that starts on an ISO date (the day before the same date a year later). */
function yearEnd(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC((y ?? 0) + 1, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
}

/** The handbook with `holidays` listing the rules' occurrences in the year starting on `date` (yyyy-MM-dd). */
export function withHolidaysFrom<H extends Handbook>(h: H, date: string): H {
  return { ...h, holidays: holidaysBetween(h.holidayRules, date, yearEnd(date)) };
}
