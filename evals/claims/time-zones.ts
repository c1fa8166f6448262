/**
 * Time-zone names in text. The shop's clock is Pacific (handbook `shop.timezone`); a time written with another zone
 * ("1 pm Eastern") is a conversion for the reader. North-American zones that keep daylight time with Pacific sit a
 * fixed number of hours ahead, so such a time is read back onto the shop's clock; any other zone is not read at all.
 */

/** Zones a fixed whole number of hours from Pacific all year, by how a writer names them, with minutes ahead. */
const SHIFTED: [string, number][] = [
  ["eastern|e[sd]?t|new york time|boston time|toronto time|east coast time", 180],
  ["central|c[sd]?t|chicago time|texas time", 120],
  ["mountain|m[sd]?t|denver time", 60],
  ["atlantic", 240],
];
/** Zones whose distance from Pacific changes over the year, or that a reader may mean loosely. */
const UNREAD =
  "alaska(?:n)?|hawaii(?:an)?|gmt|utc|bst|cet|cest|london time|phoenix time|america/(?!los_angeles)[a-z_]+";

/** Another zone than Pacific, as a whole word. */
export const OTHER_ZONE = new RegExp(`\\b(?:${[...SHIFTED.map(([n]) => n), UNREAD].join("|")})\\b`, "i");

/** The shop's own zone by name. */
export const PACIFIC_ZONE = /\b(?:pacific|p[sd]?t|america\/los_angeles|portland time|west coast time)\b/i;

/** A zone right after a time, on its line: a zone word opening the next line (a table's next row) is not its zone. */
const AFTER = (names: string) => new RegExp(`^[ \\t]*\\(?[ \\t]*(?:${names})\\b`, "i");
const SHIFTED_AFTER = SHIFTED.map(([names, minutes]) => [AFTER(names), minutes] as const);
const UNREAD_AFTER = AFTER(UNREAD);
/** A line labelled with a zone before its times ("Eastern Tue–Fri: 1 pm – 9 pm", "ET: noon"): a row of a table. */
const LABEL = (names: string) => new RegExp(`^[^\\p{L}\\d\\n]*(?:${names})\\b[^\\n:]{0,40}:[^\\n]*$`, "iu");
const SHIFTED_LABEL = SHIFTED.map(([names, minutes]) => [LABEL(names), minutes] as const);
const UNREAD_LABEL = LABEL(UNREAD);

/**
 * What the zone named right after a time does to it: undefined when none (or Pacific) is named, the minutes to take
 * off to reach Pacific ("…9 pm Eastern" → 180), or null for a zone not read ("…18:00 CET").
 */
export function zoneShiftAfter(textAfter: string): number | null | undefined {
  for (const [re, minutes] of SHIFTED_AFTER) if (re.test(textAfter)) return minutes;
  return UNREAD_AFTER.test(textAfter) ? null : undefined;
}

/** What the zone a line is labelled with does to a time on it (`lineBefore`: the line up to the time); as above. */
export function zoneShiftOfLine(lineBefore: string): number | null | undefined {
  for (const [re, minutes] of SHIFTED_LABEL) if (re.test(lineBefore)) return minutes;
  return UNREAD_LABEL.test(lineBefore) ? null : undefined;
}
