import { findMoney } from "./money-mentions";
import { negatedAt } from "./negation";

/** One part of a price stated as a sum in the handbook ("$15 labour + $9 tube" → 15 labour, 9 tube). */
export interface PriceComponent {
  amount: number;
  word: string;
}

/** The parts of a price written as a sum; empty for a single price. */
export function priceComponents(priceText: string): PriceComponent[] {
  if (!/\+|\bplus\b/i.test(priceText)) return [];
  const parts = [...priceText.matchAll(/\$(\d+(?:\.\d+)?)\s+([a-z]+)/gi)].map((m) => ({
    amount: Number(m[1]),
    word: m[2]!.toLowerCase().replace(/s$/, ""),
  }));
  return parts.length >= 2 ? parts : [];
}

/** Words that fold a part into the stated amount: "includes", "covered", "comes with", "thrown in". */
const FOLDS_IN =
  /\b(?:includ(?:es?|ed|ing)|covers?|covered|comes? with|throw(?:s|n)? in|toss(?:es)? in|built in|part of (?:the|that|it)|with)\b/gi;
/** Words that add a part on top: "plus the tube", "the tube is extra", "charged separately". */
const ADDED = /\+|\b(?:plus|extra|on top|separate(?:ly)?|additional|on its own|not included)\b/i;
/** Words that call one amount the whole: "all in", "in total", "nothing extra", "that's it". */
const WHOLE =
  /\b(?:all[- ]in|in total|total(?:ling)?|altogether|all together|(?:nothing|no(?:thing)?) (?:extra|more|else) to pay|no extra (?:charge|cost)|nothing (?:extra|on top)|that'?s (?:it|everything)|flat,? full stop)\b/gi;

/**
 * A sentence stating one part of a summed price as the whole: one dollar amount, said to include another part
 * ("$15, and that covers the new tube") or called the total ("$15 all in, nothing extra to pay"). The part named
 * is the handbook's own word for it; a negated fold ("the tube isn't included") keeps the parts apart.
 */
export function statesPartAsWhole(sentence: string, amount: number, parts: readonly PriceComponent[]): boolean {
  const own = parts.find((p) => p.amount === amount);
  if (!own || parts.length < 2 || findMoney(sentence).length !== 1) return false;
  const live = (re: RegExp) =>
    [...sentence.matchAll(re)].some((m) => !negatedAt(sentence, m.index, m.index + m[0].length));
  if (live(WHOLE)) return true;
  for (const other of parts.filter((p) => p !== own)) {
    const word = new RegExp(`\\b${other.word}s?\\b`, "i").exec(sentence);
    if (!word) continue;
    // The fold is tied to the part by nearness: "includes a new tube", "tube's covered", "with the tube".
    const near = sentence.slice(Math.max(0, word.index - 30), word.index + word[0].length + 20);
    const offset = Math.max(0, word.index - 30);
    // "with the tube extra", "plus the tube": the part is added, not folded in.
    if (ADDED.test(near)) continue;
    for (const m of near.matchAll(FOLDS_IN))
      if (!negatedAt(sentence, offset + m.index, offset + m.index + m[0].length)) return true;
  }
  return false;
}
