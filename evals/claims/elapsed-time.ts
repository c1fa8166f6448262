/**
 * Elapsed-time phrases ("12 days ago", "it's been three weeks", "nine days since your tune-up"): they say how long
 * ago something happened, not how long a window lasts, so window readers blank them before reading a length.
 */
const N = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)`;
const UNIT = "(?:days?|weeks?|months?)";
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

export const ELAPSED: RegExp[] = [
  new RegExp(String.raw`\b${N}\s*(?:-\s*)?${UNIT}\s+(?:ago|back|earlier|before today|old)\b`, "gi"),
  new RegExp(
    String.raw`\b(?:ha(?:s|ve)|'s|'ve|had)\s+(?:only\s+|just\s+|about\s+|now\s+)?been\s+(?:only\s+|just\s+|about\s+|over\s+)?${N}\s*${UNIT}\b`,
    "gi",
  ),
  new RegExp(String.raw`\b(?:only|just|was|were|is|it'?s)\s+${N}\s*${UNIT}\s+(?:since|after)\b`, "gi"),
  new RegExp(String.raw`\b${N}\s*${UNIT}\s+(?:have|has)\s+(?:passed|gone by|elapsed)\b`, "gi"),
  // A count between two dates: "from April 2 to today is 25 days", "between the 3rd and now that's 12 days", "March 3 to
  // today is 9 days".
  new RegExp(
    String.raw`(?:\b(?:from|between|since)\b[^.;!?]{1,60}?\b|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\s+)(?:to|and|until|till|through)\s+(?:today|now|the\s+\d+(?:st|nd|rd|th)?|\d+(?:st|nd|rd|th)?|${MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.;!?]{0,30}?(?:\bis|\bare|\bwas|'s|\bmakes?|\bcomes? to|\bequals?|=|:|—|–)\s*(?:only\s+|just\s+|about\s+|exactly\s+|roughly\s+)?${N}\s*${UNIT}\b`,
    "gi",
  ),
  // "25 days since you bought it" ("for 90 days after your tune-up" is a window, not a count).
  new RegExp(String.raw`\b${N}\s*${UNIT}\s+since\s+(?:you|your|the|it|purchase|buying)\b`, "gi"),
];

/**
 * Time still to go before a day ("Thursday is almost a week away", "that's five days from now", "it's still two days
 * out", "in three days"): how far off the appointment is, not the length of a window.
 */
const AHEAD: RegExp[] = [
  new RegExp(
    String.raw`\b(?:(?:almost|nearly|about|around|over|more than|less than|under|just|only|still|a good)\s+)?${N}\s*(?:full\s+)?${UNIT}\s+(?:away|off|out|from (?:now|today)|ahead)\b`,
    "gi",
  ),
  new RegExp(String.raw`\b(?:is|it'?s|that'?s|are|'s)\s+(?:only\s+|still\s+|just\s+)?in\s+${N}\s*${UNIT}\b`, "gi"),
];

/** A condition or a bound before a distance makes it a window again ("as long as it's two days away", "up to a week ahead"). */
const CONDITION =
  /\b(?:as long as|so long as|provided|if|when|whenever|unless|once|only)\b[^.;!?]{0,40}$|\b(?:up to|until|till|at least|no later than|within|by)\s+$/i;

/** The text with each distance-to-a-day phrase that is no condition blanked (offsets kept). */
export function blankAhead(text: string): string {
  let out = text;
  for (const re of AHEAD)
    out = out.replace(re, (m: string, ...rest) => {
      const at = rest.find((x) => typeof x === "number") as number;
      return CONDITION.test(text.slice(0, at)) ? m : " ".repeat(m.length);
    });
  return out;
}
