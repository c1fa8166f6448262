import { DateTime } from "luxon";
import { type Handbook, holidayOn, type Weekday, weekdayOf } from "../knowledge-base/index";

/** The shop's opening on one calendar date, or why it is closed. */
export type DayOpening =
  | { open: true; date: string; weekday: Weekday; opens: string; closes: string; factId: string }
  | {
      open: false;
      date: string;
      weekday: Weekday;
      reason: "closed_weekday" | "holiday";
      holidayName?: string;
      factId: string;
    };

/** Opening hours on a date, taking closed weekdays and holidays (by rule, any year) into account. */
export function openingOn(h: Handbook, date: string): DayOpening {
  const weekday = weekdayOf(date);
  const holiday = holidayOn(h.holidayRules, date);
  if (holiday) return { open: false, date, weekday, reason: "holiday", holidayName: holiday.name, factId: holiday.id };
  const day = h.hours.find((d) => d.day === weekday);
  if (!day?.open || !day.close)
    return { open: false, date, weekday, reason: "closed_weekday", factId: day?.id ?? `hours.${weekday}` };
  return { open: true, date, weekday, opens: day.open, closes: day.close, factId: day.id };
}

/** Minutes since midnight of "HH:mm". */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** "HH:mm" of minutes since midnight. */
export function fromMinutes(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

/** Drop-off slots on a date: every `slotMinutes` from opening until `lastSlotBeforeCloseMinutes` before closing. */
export function slotsOn(h: Handbook, date: string): string[] {
  const o = openingOn(h, date);
  if (!o.open) return [];
  const slots: string[] = [];
  const last = toMinutes(o.closes) - h.booking.lastSlotBeforeCloseMinutes;
  for (let t = toMinutes(o.opens); t <= last; t += h.booking.slotMinutes) slots.push(fromMinutes(t));
  return slots;
}

/** True when a time falls in the morning rush (the first N hours after opening). */
export function isMorningRush(h: Handbook, date: string, time: string): boolean {
  const o = openingOn(h, date);
  if (!o.open) return false;
  const t = toMinutes(time);
  return t >= toMinutes(o.opens) && t < toMinutes(o.opens) + h.busy.busiestHoursAfterOpen * 60;
}

/** ISO date (yyyy-MM-dd) of `date` plus `days`. */
export function addDays(date: string, days: number): string {
  // Week and slot readers step through the same few days again and again: each sum is remembered (bounded).
  const key = `${days}|${date}`;
  let out = sums.get(key);
  if (out === undefined) {
    if (sums.size >= 4096) sums.clear();
    out = DateTime.fromISO(date).plus({ days }).toISODate() ?? date;
    sums.set(key, out);
  }
  return out;
}
const sums = new Map<string, string>();
