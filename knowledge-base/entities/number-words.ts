/** The clock-hour words ("one" … "twelve") and their values: the one table time readers build patterns from. */
export const HOUR_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Number words a reply writes counts and lead times with ("a day", "forty-eight hours"), by value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...HOUR_WORDS,
  "twenty-four": 24,
  "forty-eight": 48,
  "seventy-two": 72,
};

/** The value of a number written as digits or as one of `NUMBER_WORDS` (NaN for anything else). */
export function numberValue(text: string): number {
  return NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
}
