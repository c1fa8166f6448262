import { memoKeyed } from "../../knowledge-base/text-memo";

/**
 * Label-value lines ("**Deposit:** none", "Booking fee — not required", "Cost: $0"): a reply that sets a term as a
 * label and gives it a negative value denies the term, although the term itself stands un-negated before the colon.
 */

const SEPARATOR = String.raw`\s*(?:\*\*|__)?\s*(?:[:—–]|\s-\s)\s*(?:\*\*|__)?\s*`;
const NEGATIVE_VALUE =
  /^(?:none|nope|no\b|nil\b|n\/a\b|nothing\b|zero\b|\$\s?0(?:\.00)?\b|not (?:required|needed|necessary|applicable|asked|charged)\b|never\b|free\b)/i;
const LABEL_START = String.raw`(?:^|\n)\s*(?:[-*•]|\d+[.)])?\s*(?:\*\*|__)?\s*`;

const remember = memoKeyed<boolean>();

/** True when a line of `text` is a label containing `term` (≤ 4 words) whose value is a negative ("none", "$0"). */
export function labelDenies(text: string, term: RegExp): boolean {
  return remember(`${term.source}\u0000${text}`, () => {
    const label = new RegExp(`${LABEL_START}((?:[\\w'/&-]+ ){0,3}[\\w'/&-]+)${SEPARATOR}`, "gi");
    let out = false;
    for (const m of text.matchAll(label)) {
      if (!term.test(m[1] ?? "")) continue;
      if (NEGATIVE_VALUE.test(text.slice((m.index ?? 0) + m[0].length))) out = true;
    }
    return out;
  });
}
