import { DateTime } from "luxon";
import type { Handbook } from "../../knowledge-base/index";
import { namedHoliday } from "./holiday-calendar";

/** The Monday of a week the text names ("this week", "next week", "Thanksgiving week"), or null. */
export function namedWeek(text: string, now: string, h: Handbook): string | null {
  const m = /\b(this|next|thanksgiving|christmas|new year'?s?|holiday) week\b/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const today = DateTime.fromISO(now, { setZone: true }).setZone(h.shop.timeZone).startOf("day");
  const holiday = namedHoliday(h, word, today.toISODate()!);
  const anchor =
    word === "this"
      ? today
      : word === "next"
        ? today.plus({ days: 7 })
        : holiday
          ? DateTime.fromISO(holiday.date)
          : null;
  return anchor ? anchor.minus({ days: anchor.weekday - 1 }).toISODate() : null;
}
