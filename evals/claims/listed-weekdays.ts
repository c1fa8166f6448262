import type { Weekday } from "../../knowledge-base/index";
import type { DayMention } from "./day-mentions";

/** What joins two weekdays of one list: "Sunday and Monday", "Sat/Sun", "Mon–Tue", "Monday, Tuesday". */
const LIST_JOIN = /^\s*(?:,|&|\/|[-–—]|and|or|to|through|thru)\s*$/i;
/** A range's end after a date: "Jan 2–3", "the 2nd to 4th". */
const RANGE_END = /^\s*(?:[-–—]|to|through|thru)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/i;
/** More days of the same month after a date: "Jan 2 and 3", "Jan 2, 3 & 4". */
const MORE_DAYS = /^\s*(?:,|&|\/|and)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|[ap]\.?m|o'?clock|%|\$))/i;

/** A date's calendar day moved within its month ("2028-01-02" with 3 → "2028-01-03"); null past the month's end. */
function sameMonth(date: string, day: number): string | null {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1, day));
  return d.getUTCMonth() === m - 1 ? d.toISOString().slice(0, 10) : null;
}

/**
 * "Sunday and Monday (Jan 2–3)", "Mon, Tue (the 3rd, 4th)": weekdays listed before a bracket of dates name those dates
 * in order. Returns the (weekday, date) pairs to check, [] when the counts do not match (nothing is settled), or null
 * when the bare weekday `i` and date `i + 1` are one weekday and one date (no list on either side).
 */
export function listedWeekdayPairs(
  message: string,
  days: readonly DayMention[],
  i: number,
): { said: Weekday; date: string; text: string }[] | null {
  const a = days[i]!;
  const b = days[i + 1]!;
  // (a weekday the bracket's own date agrees with is read as pinned by it)
  if ((a.pinned && a.date !== b.date) || !b.pinned || !b.date || a.days.length !== 1) return null;
  const listed = [a];
  for (let k = i - 1; k >= 0; k--) {
    const d = days[k]!;
    if (d.pinned || d.days.length !== 1 || !LIST_JOIN.test(message.slice(d.end, listed[0]!.start))) break;
    listed.unshift(d);
  }
  const dates = [b.date];
  let rest = message.slice(b.end);
  const range = RANGE_END.exec(rest);
  if (range) {
    const from = Number(b.date.slice(8));
    for (let n = from + 1; n <= Number(range[1]); n++) dates.push(sameMonth(b.date, n) ?? "");
  } else
    for (let more = MORE_DAYS.exec(rest); more; more = MORE_DAYS.exec(rest)) {
      dates.push(sameMonth(b.date, Number(more[1])) ?? "");
      rest = rest.slice(more[0].length);
    }
  if (listed.length === 1 && dates.length === 1) return null;
  if (listed.length !== dates.length || dates.some((d) => !d)) return [];
  return listed.map((d, k) => ({ said: d.days[0]!, date: dates[k]!, text: `${d.text} (${dates[k]})` }));
}
