/** A 24-hour clock written with "h" ("17h30", "9h15"), as in much of Europe. */
const H_MINUTES = /\b([01]?\d|2[0-3])h([0-5]\d)\b/gi;
/** A bare hour written with "h" ("17h", "9h"), not a duration ("a 2h job", "24h", "48h"): shop hours only. */
const H_HOUR = /\b(0?[7-9]|1\d|2[0-3])h\b/gi;
const HOUR_WORD = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** "Six on the dot", "10 sharp", "four exactly": an hour with a word saying it is exact. */
const EXACT = new RegExp(String.raw`\b(${HOUR_WORD})\s+(?:on the dot|sharp|exactly|precisely|bang on)\b`, "gi");

const HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const MINUTES: Record<string, string> = { fifteen: "15", thirty: "30", "forty-five": "45", "forty five": "45" };
/** "Five-thirty", "ten fifteen", "four forty-five": an hour and its minutes in words. */
const WORDED = new RegExp(String.raw`\b(${HOURS.join("|")})[- ](thirty|fifteen|forty[- ]five)\b`, "gi");

/**
 * Clock times written in ways the date recogniser misses, put in its words: "17h30" → "17:30", "17h" → "17:00",
 * "five-thirty" → "5:30",
 * "six on the dot" / "10 sharp" → "six o'clock" / "10 o'clock". Pure; other text is left as typed.
 */
export function plainClockWords(text: string): string {
  return text
    .replace(H_MINUTES, (_m, h: string, m: string) => `${h}:${m}`)
    .replace(H_HOUR, (_m, h: string) => `${h}:00`)
    .replace(EXACT, (_m, h: string) => `${h} o'clock`)
    .replace(
      WORDED,
      (_m, h: string, m: string) =>
        `${HOURS.indexOf(h.toLowerCase()) + 1}:${MINUTES[m.toLowerCase().replace(" ", "-")]}`,
    );
}
