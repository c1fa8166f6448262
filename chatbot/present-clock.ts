import type { Handbook } from "../knowledge-base/index";
import { localNow } from "./resolve-date";

// Being on the way or asking whether the shop is open at this moment, without a date word.
const PRESENT_WORDS =
  /\b(right now|just now|now|still open|open (yet|still)|(can|could|may) (i|we|u) still|still (there|around|in|ok to|time to)|at the moment|atm|currently|rn|this minute|right away|on my way|omw|\d+ ?min(ute)?s? (away|out)|around the corner|nearby now)\b/i;

/** The present, in the shop's time zone, when a message asks about it ("still open?", "can I pop in right now"). */
export interface PresentClock {
  /** Today's date, yyyy-MM-dd. */
  date: string;
  /** The clock time, HH:mm. */
  clock: string;
}

/**
 * Whether the customer is asking about this very moment ("right now", "still open", "5 min away") and if so today's
 * date and the clock in the shop's zone, from the injected `now`.
 */
export function presentClock(h: Handbook, message: string, now: string): PresentClock | null {
  const text = String(message ?? "").slice(0, 4000);
  if (!PRESENT_WORDS.test(text)) return null;
  const t = localNow(now, h.shop.timeZone);
  return { date: t.toISODate() ?? now.slice(0, 10), clock: t.toFormat("HH:mm") };
}
