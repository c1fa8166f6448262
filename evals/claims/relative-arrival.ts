import { DateTime } from "luxon";

const N: Record<string, number> = { a: 1, an: 1, "a few": 5, "half an": 0.5, "a couple of": 2 };
const ARRIVAL =
  /\b(?:see you|be there|be over|be (?:with|at) you|swing by|come (?:by|in|over|down)|pop (?:in|by|over)|arrive|get there|stop by|head over|drop (?:it |the bike |by |in ))[^.?!]{0,20}?\bin (?:about |around |roughly |like |maybe )?(\d+|a few|half an|an|a couple of|a)\s?(min(?:ute)?s?|hours?|hrs?)\b/i;

/**
 * "I'll swing by in 15 min", "see you in about an hour": an arrival relative to `now`, resolved to the shop's local
 * date and minutes since midnight; null when the text names none.
 */
export function arrivalIn(text: string, now: string, timeZone: string): { date: string; time: number } | null {
  const m = ARRIVAL.exec(text);
  if (!m) return null;
  const n = N[m[1]!.toLowerCase()] ?? Number(m[1]);
  const minutes = /^h/i.test(m[2]!) ? n * 60 : n;
  const at = DateTime.fromISO(now, { setZone: true }).setZone(timeZone).plus({ minutes });
  return at.isValid ? { date: at.toISODate()!, time: at.hour * 60 + at.minute } : null;
}
