import { DateTime } from "luxon";

/** A year written alone ("2027", "sorry, 2027 obviously", "I meant next year"). */
const YEAR = /\b(20\d\d)\b|\bnext year\b/gi;

/**
 * "Sorry, 2027 obviously", answering a day refused as past (or said of a day already chosen): the same day and month
 * in the year now said; null when the message names no year alone, names a day or month of its own, or no day is known
 * or the day in that year is not ahead.
 */
export function dayInYearSaid(message: string, anchor: string | null | undefined, today: string): string | null {
  const years = [...message.matchAll(YEAR)];
  if (!anchor || years.length !== 1) return null;
  // Another number or a month beside the year names a date of its own, read as such.
  const rest = message.replace(YEAR, " ");
  if (/\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(rest)) return null;
  const year = years[0]![1] ? Number(years[0]![1]) : Number(today.slice(0, 4)) + 1;
  const at = DateTime.fromISO(anchor).set({ year });
  const d = at.isValid ? at.toISODate() : null;
  return d && d > today ? d : null;
}
