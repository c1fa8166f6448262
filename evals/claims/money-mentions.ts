import { memoText } from "../../knowledge-base/text-memo";
/** A dollar amount in text ("$89", "$25–30", "89 dollars"). */
export interface MoneyMention {
  start: number;
  end: number;
  amount: number;
  /** Upper end of a range ("$25–30"), else null. */
  upTo: number | null;
}

const MONEY =
  /\$\s?(\d{1,5}(?:,\d{3})*(?:\.\d{1,2})?)(?:\s*(?:-|–|to)\s*\$?\s?(\d{1,5}(?:\.\d{1,2})?))?|\b(\d{1,5}(?:\.\d{1,2})?)\s*(?:dollars|bucks|usd)\b/gi;

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const WORD = `(?:${[...UNITS, ...TENS.filter(Boolean), "hundred", "a", "and"].join("|")})`;
const MONEY_WORDS = new RegExp(`\\b(${WORD}(?:[- ]${WORD})*)\\s+(?:dollars|bucks)\\b`, "gi");

/** The value of an amount in words ("ninety-nine", "a hundred and seventy-nine"); null when it is not one. */
export function wordAmount(words: string): number | null {
  let total = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[- ]+/)) {
    if (w === "and") continue;
    if (w === "hundred") total = (total || 1) * 100;
    else if (w === "a") total += 0;
    else if (UNITS.includes(w)) total += UNITS.indexOf(w);
    else if (TENS.includes(w)) total += TENS.indexOf(w) * 10;
    else return null;
    seen ||= w !== "a";
  }
  return seen ? total : null;
}

/** Finds dollar amounts, in figures ("$89", "89 bucks") or in words ("ninety-nine dollars"); memoised, frozen. */
export const findMoney: (text: string) => MoneyMention[] = memoText(moneyIn);

function moneyIn(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY)) {
    const amount = Number((m[1] ?? m[3] ?? "0").replace(/,/g, ""));
    out.push({ start: m.index, end: m.index + m[0].length, amount, upTo: m[2] ? Number(m[2]) : null });
  }
  for (const m of text.matchAll(MONEY_WORDS)) {
    const amount = wordAmount(m[1]!);
    if (amount !== null && amount > 0) out.push({ start: m.index, end: m.index + m[0].length, amount, upTo: null });
  }
  return out.sort((a, b) => a.start - b.start);
}
