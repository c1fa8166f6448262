import type { DayMention } from "./day-mentions";
import { weekdayOn } from "./shop-calendar";

/**
 * The date a day mention in a reply means, read against the day the customer asked for: a bare weekday
 * ("Thursday works") on the weekday of the customer's date ("next Thursday", "the 30th") says that date back; it
 * does not move the visit to the nearest such weekday (which may be today). Pinned mentions keep their own date.
 */
export function echoedDate(
  d: Pick<DayMention, "date" | "pinned" | "days">,
  customerDate: string | null,
): string | null {
  if (d.pinned || !d.date || customerDate === null || d.days.length !== 1) return d.date;
  return weekdayOn(customerDate) === d.days[0] ? customerDate : d.date;
}
