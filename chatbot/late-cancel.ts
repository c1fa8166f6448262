import type { Handbook } from "../knowledge-base/index";
import { localNow } from "./resolve-date";
import { resolveWhen } from "./resolve-when";
import type { Understanding } from "./schema";
import { addDays } from "./shop-calendar";

/** The latest drop-off a part of the day can mean, for telling whether it is within a day of now. */
const PART_ENDS: Record<string, string> = { morning: "12:00", afternoon: "17:00", evening: "19:00" };

/**
 * Whether a cancellation asked for names a booking less than 24 hours away ("cancel my tune-up tomorrow morning",
 * said in the afternoon; "…this afternoon"): the policy says to call, so that is said at once, no lookup first.
 * False when the day or its time is not said, or the booking is further off.
 */
export function cancelsLate(h: Handbook, u: Understanding, now: string): boolean {
  if (!u.slots.dateText) return false;
  const when = resolveWhen(h, u.slots.dateText, u.slots.timeText, now);
  if (!when.date) return false;
  const local = localNow(now, h.shop.timeZone);
  const today = local.toISODate() ?? now.slice(0, 10);
  const clock = local.toFormat("HH:mm");
  if (when.date === today) return true;
  if (when.date !== addDays(today, 1)) return false;
  const at = when.time ?? (when.partOfDay ? PART_ENDS[when.partOfDay] : null);
  return at !== null && at !== undefined && at < clock;
}
