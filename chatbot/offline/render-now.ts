import { WEEKDAY_NAMES as DAY, formatClock, type Handbook } from "../../knowledge-base/index";
import { addDays, openingOn, toMinutes } from "../shop-calendar";
import { formatDate } from "../validate-booking";

/** "We next open Tuesday, December 1 at 10am (until 6pm)." after `date` (today excluded). */
export function nextOpeningAfter(h: Handbook, date: string): string {
  for (let i = 1; i <= 14; i++) {
    const o = openingOn(h, addDays(date, i));
    if (o.open)
      return ` We next open ${formatDate(o.date)} at ${formatClock(o.opens)} (until ${formatClock(o.closes)}).`;
  }
  return "";
}

/**
 * The answer to "when are you next open (after <date>)?": open now or later today when `clock` is today's and the
 * shop has not closed yet, else the first opening after `date` with its hours.
 */
export function nextOpenAnswer(h: Handbook, date: string, clock: string | null): string {
  const now = clock ? openNowText(h, date, clock) : null;
  if (now && !now.startsWith("We've closed")) return now;
  const next = nextOpeningAfter(h, date).trim();
  return clock ? next : `After ${formatDate(date)}, ${next[0]!.toLowerCase()}${next.slice(1)}`;
}

/**
 * Whether the shop is open at `clock` on `date` (today), as a sentence: open until closing, not open yet, or closed
 * for the day with the next opening. Null on a closed day (the closed-day answer says why).
 */
export function openNowText(h: Handbook, date: string, clock: string): string | null {
  const o = openingOn(h, date);
  if (!o.open) return null;
  const now = toMinutes(clock);
  if (now < toMinutes(o.opens))
    return `We're not open yet — today (${formatDate(date)}) we open at ${formatClock(o.opens)} and close at ${formatClock(o.closes)}.`;
  if (now >= toMinutes(o.closes))
    return `We've closed for today — we close at ${formatClock(o.closes)} on ${DAY[o.weekday]}s.${nextOpeningAfter(h, date)}`;
  return `Yes, we're open right now, until ${formatClock(o.closes)} today.`;
}
