import { DateTime } from "luxon";
import type { WhenMention } from "../knowledge-base/index";
import { addDays } from "./shop-calendar";

/** Words naming the week a day falls in ("the week of the 14th", "w/c 3 May", "the week starting Monday the 9th"). */
const WEEK_OF = /\b(?:week of|week commencing|week beginning|week starting|week from|w\/c)\s+(?:(?:the|on)\s+)*$/i;
/** The week is counted from the day itself ("starting", "commencing", "from"), not Monday to Sunday around it. */
const FROM_THE_DAY = /\b(commencing|beginning|starting|from|w\/c)\b/i;

/**
 * A day said as the week it falls in ("the week of the 14th", "week commencing the 3rd") as the span of that week to
 * choose a day from, never before tomorrow; null when `date` was said plainly.
 */
export function weekOfSpan(
  norm: string,
  mentions: WhenMention[],
  date: string,
  today: string,
): { start: string; end: string } | null {
  const said = mentions.find(
    (m) => m.dates.some((d) => d.date === date) && WEEK_OF.test(norm.slice(Math.max(0, m.start - 24), m.start)),
  );
  if (!said) return null;
  const cue = WEEK_OF.exec(norm.slice(Math.max(0, said.start - 24), said.start))![0];
  const start = FROM_THE_DAY.test(cue) ? date : addDays(date, 1 - DateTime.fromISO(date).weekday);
  return { start: notBefore(start, addDays(today, 1)), end: addDays(start, 6) };
}

/** A loose day after a bound ("sometime after the 20th", "any day after the 3rd", "from the 9th onwards"). */
const AFTER = /\b(?:some ?time|any ?time|any day|whenever|a day|some day|one day)\s+after\s+(?:(?:the|on)\s+)*$/i;
const ONWARDS = /^\s*(?:on(?=\s*(?:$|[.,;!?]))|onwards?\b|or later\b|and later\b|or after\b|and after\b)/i;

/**
 * A day said only as a bound ("sometime after the 20th", "the 9th onwards") as the week of days from it to choose from
 * (after the bound: from the next day), never before tomorrow; null when `date` was said plainly.
 */
export function afterSpan(
  norm: string,
  mentions: WhenMention[],
  date: string,
  today: string,
): { start: string; end: string } | null {
  const said = mentions.find((m) => m.dates.some((d) => d.date === date));
  if (!said) return null;
  const after = AFTER.test(norm.slice(Math.max(0, said.start - 24), said.start));
  const onwards = ONWARDS.test(norm.slice(said.start + said.text.length, said.start + said.text.length + 12));
  if (!after && !onwards) return null;
  const from = after ? addDays(date, 1) : date;
  const start = notBefore(from, addDays(today, 1));
  return { start, end: addDays(start, 6) };
}

/** The later of two ISO dates (they compare as strings). */
function notBefore(date: string, least: string): string {
  return [date, least].sort()[1]!;
}
