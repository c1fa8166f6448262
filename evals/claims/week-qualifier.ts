import { WEEKDAYS, type Weekday } from "../../knowledge-base/index";
import { plusDays, weekdayOn } from "./shop-calendar";

/** "Thursday next week", "Thursday of next week", "Thu the following week": the qualifier right after the weekday. */
const AFTER = /^,?\s*(?:of\s+|in\s+)?(?:the\s+)?(this|next|following|coming|week after)\s*(?:w(?:ee)?k\b)?/i;
/** "next week Thursday", "next week, on Thursday", "the week after on Thu": the qualifier right before it. */
const BEFORE =
  /\b(this|next|following|coming|week after)\s+w(?:ee)?k,?\s*(?:on\s+)?(?:the\s+)?$|\bthe week after,?\s*(?:on\s+)?$/i;

/**
 * The date of a weekday a week qualifier places ("Thursday next week" is the Thursday of the calendar week after this
 * one, even when today is a Thursday), or null when no qualifier stands beside it.
 */
export function weekQualifiedDate(
  text: string,
  start: number,
  end: number,
  day: Weekday,
  today: string,
): string | null {
  const after = AFTER.exec(text.slice(end, end + 30));
  const a = after && (/\bw(?:ee)?k\b/i.test(after[0]) || /week after/i.test(after[1]!)) ? after[1]! : null;
  const b = BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  const word = (a ?? b?.[1] ?? (b ? "week after" : null))?.toLowerCase();
  if (!word) return null;
  const monday = plusDays(today, -WEEKDAYS.indexOf(weekdayOn(today)));
  const weekStart = word === "this" ? monday : plusDays(monday, 7);
  return plusDays(weekStart, WEEKDAYS.indexOf(day));
}
