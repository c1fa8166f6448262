/**
 * The earlier reply sentence a pointing-back question shares its words with ("how many days did you say I had?" →
 * "…within 30 days…"), for a question no kind of item (price, time, phone…) reads: its content words, plural or not,
 * matched against each sentence the bot said; the sentence sharing the most wins, the latest on a tie.
 */

/** Words that ask or point back and say nothing of the thing recalled. */
const FUNCTION_WORDS = new Set(
  (
    "what which that this there then than they them their your you've you'd with have many much about again " +
    "said tell told mention mentioned quote quoted gave give wrote sorry remind exactly earlier before just " +
    "were does did doesn didn would could should the and for was had has how who why when where are you say " +
    "mean meant thing stuff okay right back"
  ).split(/\s+/),
);

/** The message points at the bot's own words ("did you say", "you mentioned", "remind me", "… again?"). */
export const AT_BOT_WORDS =
  /\byou(?:'d)? (?:just |already )?(?:said|told|quoted|mentioned|gave|wrote|say|tell|quote|mention|give)\b|\b(?:did|do) you (?:just )?(?:say|tell|quote|mention|give)\b|\bremind me\b|\bagain\s*\??\s*$/;

/** A word's stem for matching: lower case, a plural's "s" dropped. */
const stem = (w: string) => w.toLowerCase().replace(/(?<=\w{3})(?:es|s)$/, "");

/** The content words of a question: three letters or more, not a word of asking or pointing back. */
export function contentWords(question: string): string[] {
  const words = question.toLowerCase().match(/\p{L}[\p{L}'’-]{2,}/gu) ?? [];
  return [...new Set(words.filter((w) => !FUNCTION_WORDS.has(w)).map(stem))];
}

/** The latest sentence among `sentences` sharing the most content words with the question, or null when none shares one. */
export function sentenceSharingWords(question: string, sentences: string[]): string | null {
  const asked = contentWords(question);
  let best: { s: string; n: number } | null = null;
  for (const s of sentences) {
    const own = new Set((s.toLowerCase().match(/\p{L}[\p{L}'’-]{2,}/gu) ?? []).map(stem));
    const n = asked.filter((w) => own.has(w)).length;
    if (n > 0 && (!best || n >= best.n)) best = { s, n };
  }
  return best?.s ?? null;
}
