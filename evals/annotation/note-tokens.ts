import { tokenize } from "../../knowledge-base/index";

// Words reviewers write in nearly every note; they say nothing about the kind of failure.
const NOTE_STOP = new Set(
  "bot said says say should shouldn don doesn didn ask asked user customer reply replied answer answered not no but also just only than that this there they them then was were has have had very too".split(
    " ",
  ),
);

/** Crude suffix stripping so "offered" meets "offer" and "promises" meets "promised" (applied to every text alike). */
const stem = (t: string) =>
  t.length > 5 && t.endsWith("ing")
    ? t.slice(0, -3)
    : t.length > 4 && t.endsWith("ed")
      ? t.slice(0, -2)
      : t.length > 4 && t.endsWith("e")
        ? t.slice(0, -1)
        : t;

/** The content words of a note, stemmed, each with the word it came from (handbook tokenizer: lower-case, plurals, shop synonyms such as open → hour). */
export function noteTerms(note: string): { stem: string; word: string }[] {
  return tokenize(note)
    .filter((t) => t.length > 1 && !NOTE_STOP.has(t))
    .map((word) => ({ stem: stem(word), word }));
}

/** The stemmed content words of a note (what similarity is computed on). */
export function noteTokens(note: string): string[] {
  return noteTerms(note).map((t) => t.stem);
}

/** Jaccard similarity of two token lists as sets (1 for two empty lists). */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 && B.size === 0) return 1;
  let both = 0;
  for (const t of A) if (B.has(t)) both++;
  return both / (A.size + B.size - both);
}
