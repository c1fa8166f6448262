import type { Entities } from "../../knowledge-base/index";

/** A bare hour after a booking word ("make it 11", "at 2", "how about 4:30"); never a day before its month ("13 october"). */
export const BARE_HOUR =
  /(?:^\s*|\b(?:make it|change (?:it )?to|move (?:it )?to|switch (?:it )?to|say|at|for|to|how about|what about|do|try|around|about|by|maybe|rather|prefer|like|say like|something like)\s+)(\d{1,2}(?:[:.][0-5]\d)?)\b(?!\s*(?:st|nd|rd|th|\/|-|days?|weeks?|months?|years?|yrs?|times?|bikes?|wheels?|cables?|of\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))/;
// "11 hour" (a non-native "11 o'clock") is an hour; "3 of December" is a day of the month; "in 1 hour", "2 hours" are not; "after 5", "till 6" only bound one.
const LONE_NUMBER =
  /(?<![\d:/$£€.-])(?<!\b(?:in|for|within|takes?|an?|after|before|until|till|til|past|from)\s+)\b(\d{1,2}(?:[:.][0-5]\d)?)\b(?![:/.-]?\d|\s*(?:st|nd|rd|th|%|days?|weeks?|bikes?|wheels?|mins?|minutes?|hours|hrs?|of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)/g;

/** Words just before a value being turned down ("not 2", "instead of 10", "rather than 4"). */
const TURNED_DOWN = /\b(not|instead of|rather than|no longer)\s+(at\s+)?$/;

/**
 * One lone number beside a day in a booking ("saturday morning, 10", "Friday — 2 then"), or in the answer when the bot
 * asked for a time ("fine, 2 then"), is the hour. Date words and contacts are blanked first ("the 12th", a phone).
 */
export function loneHour(e: Entities, expecting: string | null, withDay: boolean): RegExpExecArray | null {
  if (expecting !== "time" && !withDay) return null;
  let t = e.normalized.toLowerCase();
  for (const m of e.when.filter((x) => !(x.kind === "duration" && /^\d{1,2} hour$/i.test(x.text))))
    t = t.slice(0, m.start) + " ".repeat(m.end - m.start + 1) + t.slice(m.end + 1);
  for (const c of e.contacts) t = t.split(c.value.toLowerCase()).join(" ");
  const hits = [...t.matchAll(LONE_NUMBER)].filter((h) => Number(h[1]!.split(":")[0]) <= 23);
  // "I meant 3, not 2", "11 rather than 10": an hour turned down is no candidate.
  const meant = hits.filter((x) => !TURNED_DOWN.test(t.slice(Math.max(0, x.index - 14), x.index)));
  // "So 5 is the latest? ok 5 then": one hour said twice is one hour; after a question, the hour settled on is the
  // one in what follows it ("is 6 too late? fine, 5 then").
  const settled = meant.filter((x) => x.index > t.lastIndexOf("?"));
  if (new Set(meant.map((x) => x[1])).size === 1 || (t.includes("?") && settled.length === 1))
    return (settled.length === 1 ? settled[0] : meant.at(-1)) ?? null;
  return null;
}

/** The bare hour is said approximately ("about 11", "around 4", "11 or so"). */
export function approxHour(t: string, hour: string): boolean {
  return new RegExp(`\\b(about|around|roughly|approx\\w*|circa)\\s+${hour}\\b|\\b${hour}\\s*(-?ish|or so)\\b`).test(t);
}
