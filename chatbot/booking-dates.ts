import { DateTime } from "luxon";
import { type Handbook, weekdayOf } from "../knowledge-base/index";
import { addDays } from "./shop-calendar";
import { checkDate } from "./validate-booking";

/** The date inside `span` on the same weekday as `date`, or `date` itself when the span has none. */
export function sameWeekdayIn(span: { start: string; end: string }, date: string): string {
  for (let d = span.start; d <= span.end; d = addDays(d, 1)) if (weekdayOf(d) === weekdayOf(date)) return d;
  return date;
}

/** Open, bookable dates (lead time respected) within an inclusive range, at most six. */
export function bookableDatesIn(h: Handbook, range: { start: string; end: string }, today: string): string[] {
  const out: string[] = [];
  for (let d = range.start; d <= range.end && out.length < 6; d = addDays(d, 1))
    if (checkDate(h, d, today).ok) out.push(d);
  return out;
}

/** The Monday-to-Sunday week holding `date`. */
function weekOf(date: string): { start: string; end: string } {
  const start = addDays(date, 1 - DateTime.fromISO(date).weekday);
  return { start, end: addDays(start, 6) };
}

/**
 * A weekday said alone once a day is already chosen ("5:30? that's a Thursday right", "sorry, I meant the Thursday")
 * is that weekday in the chosen day's week — the chosen day itself when they agree — not the coming one, unless that
 * day is already gone.
 */
export function weekdayNearDraft(asked: string, held: string | null | undefined, today: string): string {
  if (!held || held <= today) return asked;
  const near = sameWeekdayIn(weekOf(held), asked);
  return near > today ? near : asked;
}
