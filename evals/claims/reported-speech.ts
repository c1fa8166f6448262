/**
 * "You asked whether a tune-up is walk-in — it isn't", "you mentioned a $99 price, but…": what the reply reports the
 * customer asked, said or heard is theirs; the shop asserts none of it. The reported part runs from the reporting
 * verb to the next clause break (a comma, dash, colon, semicolon or sentence end).
 */
const REPORTED =
  /\b(?:you(?:'ve| have)?\s+(?:asked|wondered|were wondering|mentioned|said|wrote|heard|thought|were told|read|saw|seen)|you'?d\s+(?:heard|read|seen|been told|thought)|you'?re\s+(?:asking|wondering))\b(?:\s+(?:me|us))?(?:\s+(?:whether|if|that|about))?[^.,;:!?—–\n]*/gi;

/** The text with each reported part blanked (spaces, so offsets hold). */
export function blankReported(text: string): string {
  if (!/\byou/i.test(text)) return text;
  return text.replace(REPORTED, (m) => " ".repeat(m.length));
}
