import type { Handbook } from "../../knowledge-base/index";
import { findClocks } from "./clock-mentions";
import { localDate, localMinutes, openingOnDate } from "./shop-calendar";

const MOMENT =
  /\b(?:(?:closed|shut)\s+(?:right\s+now|now|at the moment|at this hour|for (?:now|tonight|the (?:day|night|evening))|already)|(?:just|already|have|'ve)\s+(?:closed|shut)(?:\s+up)?|(?:closed|shut)(?:\s+up)?\s+(?:(?:about|around|roughly|nearly|almost|just|over|under|half|an?|\w+)\s+){1,4}(?:hours?|minutes?|mins?)\s+ago|(?:haven'?t|have not|aren'?t|are not|not)\s+(?:opened|open)\s+yet)\b/i;

/**
 * "We're closed right now", "we've just closed for the day": a claim about this moment, not about the whole day.
 * It is true exactly when the handbook's calendar has the shop shut at `now`; `null` when the text says no such thing.
 */
export function closedMomentTrue(text: string, now: string, h: Handbook): boolean | null {
  // "we already closed at 1" names a closing time: that is an hours claim, checked as one.
  if (!MOMENT.test(text) || findClocks(text).times.length > 0) return null;
  const date = localDate(now, h.shop.timeZone);
  const o = openingOnDate(h, date);
  if (!o.open) return true;
  const min = localMinutes(now, h.shop.timeZone);
  return min < o.opens || min >= o.closes;
}
