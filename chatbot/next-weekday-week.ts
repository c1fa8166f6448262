import { DateTime } from "luxon";

/**
 * Whether "next <weekday>" may mean two days: only while the coming one still falls in the current calendar week
 * (Monday to Sunday). Said on a Wednesday, "next Friday" is this week's Friday to some and next week's to others, so it
 * is asked; "next Tuesday" said on a Wednesday has no Tuesday left this week — the coming one is next week's, meant
 * by every reading, so it is taken (decision 015, amended in round 11).
 */
export function nextWeekdayIsAmbiguous(today: string, coming: string): boolean {
  const a = DateTime.fromISO(today);
  const b = DateTime.fromISO(coming);
  return a.weekYear === b.weekYear && a.weekNumber === b.weekNumber;
}
