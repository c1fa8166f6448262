/** A service right after a comparison word: "than the $89 tune-up", "compared with a full service", "unlike truing". */
const COMPARED_OBJECT =
  /\b(?:than|vs\.?|versus|compared (?:to|with)|unlike|as opposed to|instead of|rather than|in place of)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+)?(?:\$\d+\s+)?(?:standard\s+|basic\s+)?$/i;

/**
 * True when the mention starting at `start` is the object of a comparison ("A full service goes further than the
 * tune-up: it adds…"): the other side, never the subject a later predicate of the sentence speaks of.
 */
export function isComparedObject(text: string, start: number): boolean {
  return COMPARED_OBJECT.test(text.slice(Math.max(0, start - 24), start));
}
