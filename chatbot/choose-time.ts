import type { Handbook, WhenMention } from "../knowledge-base/index";
import { openingOn, toMinutes } from "./shop-calendar";

/** Picks the clock reading inside the shop's hours on `date` (any open day when no date): "at 4" → 16:00. */
export function chooseTime(h: Handbook, times: string[], date: string | null): string | null {
  if (times.length <= 1) return times[0] ?? null;
  const o = date ? openingOn(h, date) : null;
  const [lo, hi] = o?.open ? [toMinutes(o.opens), toMinutes(o.closes)] : [9 * 60, 19 * 60];
  return (
    times.find((t) => toMinutes(t) >= lo && toMinutes(t) < hi) ??
    times.find((t) => toMinutes(t) >= 8 * 60 && toMinutes(t) < 20 * 60) ??
    times[0]!
  );
}

/**
 * Words before a clock time being replaced ("not 10", "instead of 6pm", "move it from 3") or only told ("I finish at
 * 5 so 5:30 would be ideal", "work till 5").
 */
const REPLACED_BEFORE =
  /\b(instead of|rather than|not|from|than|finish(?:es)?(?: work)?|get off(?: work)?|off work|leave work|work(?:ing)? (?:till|until)|busy (?:till|until))\s+(at\s+)?$/i;
/** Words after a day or clock time that turn it down ("6pm is too late", "friday doesn't work", "11's no good"). */
export const REFUSED_AFTER =
  /^\s*(?:is|'s|would be|will be)?\s*(?:too (?:late|early|soon)|no good|doesn'?t (?:work|suit)|won'?t (?:work|do)|isn'?t (?:good|great|possible)|not (?:good|possible)|is out|bad for me|(?:i )?can'?t (?:make it|do it|come))\b/i;

/**
 * The clock readings meant in a message with several clock times ("6pm is too late for me, can you make it 4pm",
 * "11, not 10", a draft's time said again beside the new one): a time turned down, replaced or already held gives way
 * to another one. With one clock time, or none set aside, the first one said.
 */
export function meantTimes(text: string, mentions: WhenMention[], held: string | null): string[] {
  const clocks = mentions.filter((m) => m.times.length > 0);
  if (clocks.length <= 1) return clocks[0]?.times ?? [];
  const setAside = (m: WhenMention) =>
    REPLACED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) ||
    REFUSED_AFTER.test(text.slice(m.end + 1, m.end + 30)) ||
    (held !== null && m.times.includes(held));
  const left = clocks.filter((m) => !setAside(m));
  return (left.length ? left : clocks)[0]!.times;
}
