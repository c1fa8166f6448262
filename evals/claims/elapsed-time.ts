/**
 * Elapsed-time phrases ("12 days ago", "it's been three weeks", "nine days since your tune-up"): they say how long
 * ago something happened, not how long a window lasts, so window readers blank them before reading a length.
 */
const N = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)`;
const UNIT = "(?:days?|weeks?|months?)";

export const ELAPSED: RegExp[] = [
  new RegExp(String.raw`\b${N}\s*(?:-\s*)?${UNIT}\s+(?:ago|back|earlier|before today|old)\b`, "gi"),
  new RegExp(
    String.raw`\b(?:ha(?:s|ve)|'s|'ve|had)\s+(?:only\s+|just\s+|about\s+|now\s+)?been\s+(?:only\s+|just\s+|about\s+|over\s+)?${N}\s*${UNIT}\b`,
    "gi",
  ),
  new RegExp(String.raw`\b(?:only|just|was|were|is|it'?s)\s+${N}\s*${UNIT}\s+(?:since|after)\b`, "gi"),
  new RegExp(String.raw`\b${N}\s*${UNIT}\s+(?:have|has)\s+(?:passed|gone by|elapsed)\b`, "gi"),
];
