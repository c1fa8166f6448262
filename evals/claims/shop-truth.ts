import { formatClock, type Handbook, WEEKDAY_NAMES, type Weekday } from "../../knowledge-base/index";
import { hhmmMinutes, openingOnDate } from "./shop-calendar";

const NAMES = WEEKDAY_NAMES;

/** What the handbook says about one weekday or one date. */
export type DayTruth =
  | { open: true; opens: number; closes: number; factId: string; label: string }
  | { open: false; factId: string; label: string };

const minutes = hhmmMinutes;

/** The opening hours on a weekday in general, or on a date (holidays included). */
export function dayTruth(h: Handbook, day: Weekday, date: string | null): DayTruth {
  if (date) {
    const o = openingOnDate(h, date);
    const label = `${NAMES[o.weekday]} ${date}${!o.open && o.holiday ? ` (${o.holiday})` : ""}`;
    return o.open
      ? { open: true, opens: o.opens, closes: o.closes, factId: o.factId, label }
      : { open: false, factId: o.factId, label };
  }
  const d = h.hours.find((x) => x.day === day)!;
  return d.open && d.close
    ? { open: true, opens: minutes(d.open), closes: minutes(d.close), factId: d.id, label: NAMES[day] }
    : { open: false, factId: d.id, label: NAMES[day] };
}

/** "9am" from minutes since midnight. */
export function clock(min: number): string {
  return formatClock(`${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`);
}

/** "9am–3pm" or "closed" for a truth. */
export function truthText(t: DayTruth): string {
  return t.open ? `${clock(t.opens)}–${clock(t.closes)}` : "closed";
}
