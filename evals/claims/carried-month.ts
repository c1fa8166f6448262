import type { DayMention } from "./day-mentions";
import { weekdayOn } from "./shop-calendar";

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,2}\/\d{1,2}/i;
const ORDINAL = /\b(\d{1,2})(?:st|nd|rd|th)\b/i;

/**
 * "Thanksgiving is Thursday, November 26 … we're open Friday the 27th": a weekday with a bare day of the month, whose
 * resolved month gives it another weekday, is in the month of the last date named before it, when that month agrees
 * with the weekday (the reply goes on talking of the same month).
 */
export function carryMonth(found: DayMention[]): DayMention[] {
  return found.map((d, i) => {
    const n = ORDINAL.exec(d.text);
    if (!n || !d.date || d.days.length !== 1 || MONTH_WORD.test(d.text) || weekdayOn(d.date) === d.days[0]) return d;
    const named = found
      .slice(0, i)
      .reverse()
      .find((p) => p.date && MONTH_WORD.test(p.text));
    if (!named?.date) return d;
    const date = `${named.date.slice(0, 8)}${n[1]!.padStart(2, "0")}`;
    const valid =
      !Number.isNaN(Date.parse(`${date}T12:00:00Z`)) && new Date(`${date}T12:00:00Z`).getUTCDate() === Number(n[1]);
    return valid && weekdayOn(date) === d.days[0] ? { ...d, date } : d;
  });
}
