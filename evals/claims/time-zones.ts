/**
 * Time-zone names in text. The shop's clock is Pacific (handbook `shop.timezone`); a time written with another zone
 * ("1 pm Eastern", "9:00 GMT") is a conversion for the reader, never a statement of the shop's own hours.
 */

/** North-American and common zone names other than Pacific, as a writer spells them (words, abbreviations, IANA). */
const OTHER_ZONE_NAMES = [
  "eastern",
  "central",
  "mountain",
  "atlantic",
  "alaska(?:n)?",
  "hawaii(?:an)?",
  "[ecm][sd]?t",
  "gmt",
  "utc",
  "bst",
  "cet",
  "cest",
  "america/(?!los_angeles)[a-z_]+",
  "(?:new york|chicago|denver|phoenix|london|toronto|boston|texas|east coast) time",
];

/** Another zone than Pacific, as a whole word. */
export const OTHER_ZONE = new RegExp(`\\b(?:${OTHER_ZONE_NAMES.join("|")})\\b`, "i");

/** The shop's own zone by name. */
export const PACIFIC_ZONE = /\b(?:pacific|p[sd]?t|america\/los_angeles|portland time|west coast time)\b/i;

const ZONE_AFTER = new RegExp(`^\\s*\\(?\\s*(?:${OTHER_ZONE_NAMES.join("|")})\\b`, "i");

/** True when the text right after a time names a zone other than Pacific ("…9 pm Eastern", "…18:00 (CET)"). */
export function otherZoneAfter(textAfter: string): boolean {
  return ZONE_AFTER.test(textAfter);
}
