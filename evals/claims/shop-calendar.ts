/**
 * The evaluators' own calendar: civil-date arithmetic, the shop's local "today", relative days, and the opening and
 * drop-off slots on a date, computed from the handbook facts only. It deliberately shares no code with the bot's
 * resolver or validator (chatbot/), so a date bug in the bot cannot hide from its judge.
 */
import { type Handbook, WEEKDAYS, type Weekday } from "../../knowledge-base/index";
import { holidayOnDate } from "./holiday-calendar";

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count since 1970-01-01 (civil_from_days). */
function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const parts = (iso: string): [number, number, number] => [+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)];

/** Builds "yyyy-mm-dd", or null when the day does not exist in that month (Feb 30). */
export function civilDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const [yy, mm, dd] = civilFromDays(daysFromCivil(y, m, d));
  return yy === y && mm === m && dd === d ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/** `date` plus `n` days. */
export function plusDays(date: string, n: number): string {
  const [y, m, d] = civilFromDays(daysFromCivil(...parts(date)) + n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return daysFromCivil(...parts(b)) - daysFromCivil(...parts(a));
}

/** The weekday of a date (1970-01-01 was a Thursday). */
export function weekdayOn(date: string): Weekday {
  const n = daysFromCivil(...parts(date));
  return WEEKDAYS[(((n + 3) % 7) + 7) % 7]!;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
let lastDate = { now: "", zone: "", date: "" };

/** The shop's calendar date at instant `now` (an ISO timestamp) in the IANA zone `zone`. */
export function localDate(now: string, zone: string): string {
  if (lastDate.now === now && lastDate.zone === zone) return lastDate.date;
  let f = dateFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(zone, f);
  }
  lastDate = { now, zone, date: f.format(new Date(now)) };
  return lastDate.date;
}

/** Minutes since local midnight at instant `now` in `zone`. */
export function localMinutes(now: string, zone: string): number {
  const f = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const [hh, mm] = f.format(new Date(now)).split(":").map(Number);
  return (hh ?? 0) * 60 + (mm ?? 0);
}

/**
 * The date of a weekday named relative to `today`: a bare weekday is the next one on or after today; with a
 * modifier ("this", "next", "coming") the same weekday as today means a week on.
 */
export function weekdayFrom(today: string, day: Weekday, modifier: string | null | undefined): string {
  let delta = (WEEKDAYS.indexOf(day) - WEEKDAYS.indexOf(weekdayOn(today)) + 7) % 7;
  if (delta === 0 && modifier?.trim()) delta = 7;
  return plusDays(today, delta);
}

/** Resolves "today", "tonight", "this morning", "tomorrow", "yesterday", "day after tomorrow", "in 3 days" against `today`. */
export function relativeDay(text: string, today: string): string | null {
  const t = text.toLowerCase();
  if (/\bday after tomorrow\b/.test(t)) return plusDays(today, 2);
  if (/\b(?:tomorrow|tmrw)\b/.test(t)) return plusDays(today, 1);
  if (/\byesterday\b/.test(t)) return plusDays(today, -1);
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening)|right now)\b/.test(t)) return today;
  const n = /\bin (\d{1,2}) days?\b/.exec(t);
  return n ? plusDays(today, Number(n[1])) : null;
}

/** Minutes since midnight of "HH:mm". */
export const hhmmMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** What the handbook says about one date: the holiday first, else the weekday's hours. */
export type DateOpening =
  | { open: true; weekday: Weekday; opens: number; closes: number; factId: string }
  | { open: false; weekday: Weekday; holiday: string | null; factId: string };

/** The opening on a date, from the handbook's holiday list and weekly hours. */
export function openingOnDate(h: Handbook, date: string): DateOpening {
  const weekday = weekdayOn(date);
  const holiday = holidayOnDate(h, date);
  if (holiday) return { open: false, weekday, holiday: holiday.name, factId: holiday.id };
  const d = h.hours.find((x) => x.day === weekday);
  if (!d?.open || !d.close) return { open: false, weekday, holiday: null, factId: d?.id ?? `hours.${weekday}` };
  return { open: true, weekday, opens: hhmmMinutes(d.open), closes: hhmmMinutes(d.close), factId: d.id };
}

/** Drop-off slot starts on a date, in minutes: every slot length from opening to the last slot before closing. */
export function slotMinutesOn(h: Handbook, date: string): number[] {
  const o = openingOnDate(h, date);
  if (!o.open) return [];
  const out: number[] = [];
  for (let t = o.opens; t <= o.closes - h.booking.lastSlotBeforeCloseMinutes; t += h.booking.slotMinutes) out.push(t);
  return out;
}

/**
 * "Monday, September 7" said on September 9: the date a weekday names with it is the recent one that falls on that
 * weekday (a past day talked about), not next year's, which falls on another; null when that does not fit.
 */
export function recentWithWeekday(next: string, day: Weekday, today: string): string | null {
  if (weekdayOn(next) === day) return null;
  if (next.endsWith("-02-29")) return null;
  const before = `${Number(next.slice(0, 4)) - 1}${next.slice(4)}`;
  if (weekdayOn(before) !== day || before > today) return null;
  return plusDays(before, 60) >= today ? before : null;
}
