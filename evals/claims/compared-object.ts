/** A service right after a comparison word: "than the $89 tune-up", "compared with a full service", "unlike truing". */
const COMPARED_OBJECT =
  /\b(?:than|vs\.?|versus|compared (?:to|with)|unlike|as opposed to|instead of|rather than|in place of)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+)?(?:\$\d+\s+)?(?:standard\s+|basic\s+)?$/i;
/** A pronoun taking up the sentence's subject again after a comparison: "…than the tune-up: it…", ", so it takes". */
const RESUMED_SUBJECT =
  /^(?![\s\S]*\bwhich\b)[\s\S]*?(?:[:;,—–]\s*(?:so\s+|and\s+)?|\bso\s+)(?:it|that one|this one)\b/i;

/**
 * True when the mention at [start, end) is the object of a comparison and a pronoun after it (before `until`) takes up
 * the sentence's subject again ("A full service goes further than the tune-up: it adds…"): the object is the other
 * side, never what the later predicate speaks of. "…than a tune-up, which is back in 2 days" keeps the object's own.
 */
export function isComparedObject(text: string, start: number, end: number, until: number): boolean {
  return (
    COMPARED_OBJECT.test(text.slice(Math.max(0, start - 24), start)) &&
    RESUMED_SUBJECT.test(text.slice(end, Math.max(end, until)))
  );
}
