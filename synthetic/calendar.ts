import { DateTime } from "luxon";
import type { Rng } from "../chatbot/index";
import { openingOn, slotsOn } from "../chatbot/index";
import { handbook } from "../knowledge-base/index";
import type { Trap } from "./traps";

/** Default reference time: Monday 2026-11-23, 9am Pacific (the week of Thanksgiving). */
export const DEFAULT_BASE_NOW = "2026-11-23T09:00:00-08:00";

/** The scenario's fixed `now`: the base day plus a seeded offset (0–5 days, 8am–5pm), within the trap's window. */
export function scenarioNow(baseNow: string, rng: Rng, trap: Trap | null): string {
  const base = DateTime.fromISO(baseNow, { setZone: true });
  if (!base.isValid) throw new Error(`invalid base now "${baseNow}"`);
  const day = rng.pick(trap?.nowDays ?? [0, 1, 2, 3, 4, 5]);
  const [lo, hi] = trap?.nowHours ?? [8, 17];
  const hour = lo + rng.int(hi - lo + 1);
  const minute = rng.pick([0, 15, 30, 45]);
  return base.startOf("day").plus({ days: day }).set({ hour, minute }).toISO({ suppressMilliseconds: true }) ?? baseNow;
}

/** The shop-local date (yyyy-MM-dd) of an ISO time. */
export function shopDate(nowIso: string): string {
  return DateTime.fromISO(nowIso, { setZone: true }).setZone(handbook.shop.timeZone).toISODate() ?? nowIso.slice(0, 10);
}

/** The date `days` after `date`. */
export function plusDays(date: string, days: number): string {
  return DateTime.fromISO(date).plus({ days }).toISODate() ?? date;
}

/** True when the shop is open on the date (not a closed weekday, not a holiday). */
export function isOpen(date: string): boolean {
  return openingOn(handbook, date).open;
}

/** Open dates from `from` (inclusive), up to `count`, looking at most 30 days ahead. */
export function openDatesFrom(from: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 30 && out.length < count; i++) if (isOpen(plusDays(from, i))) out.push(plusDays(from, i));
  return out;
}

/** Drop-off slots ("HH:mm") on a date. */
export function slotsFor(date: string): string[] {
  return slotsOn(handbook, date);
}

/** How a customer says a date: the weekday name within the coming week ("Friday"), else "Dec 2". */
export function datePhrase(date: string, today: string): string {
  const d = DateTime.fromISO(date);
  const days = d.diff(DateTime.fromISO(today), "days").days;
  if (days >= 1 && days <= 6) return d.toFormat("cccc");
  return d.toFormat("LLL d");
}

/** How a customer says a time: "10am", "2:30pm". */
export function timePhrase(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  const suffix = h >= 12 ? "pm" : "am";
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12}${suffix}` : `${hour12}:${String(m).padStart(2, "0")}${suffix}`;
}

/** The weekday (1 = Monday) of a date. */
export function weekdayNumber(date: string): number {
  return DateTime.fromISO(date).weekday;
}
