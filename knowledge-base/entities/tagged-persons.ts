import { createRequire } from "node:module";
import type nlpType from "compromise/two";

let tagger: typeof nlpType | null = null;

/** The person names the `compromise` tagger finds in a text (loaded on first use, ~0.3 s). */
export function personsIn(text: string): string[] {
  tagger ??= createRequire(import.meta.url)("compromise/two") as typeof nlpType;
  return tagger(text).match("#Person+").out("array") as string[];
}

/**
 * Loads the tagger and builds its lexicon (~0.3 s of CPU, once per process): a warm-up calls it so that the first
 * message read for names does not pay it (a run with a model provider meets the tagger first inside a conversation).
 */
export function loadTagger(): void {
  personsIn("Sam Lee will drop it off.");
}

// Customers repeat whole sentences across messages ("I have a Giant Escape that I ride most days."), and the tagger
// costs milliseconds a sentence. Its reading of a sentence does not depend on the sentences around it (a test holds
// the sentence-by-sentence reading equal to the whole text's over every message of the repo's sets), so it is
// remembered by sentence; results are frozen so no caller alters another's.
const MEMO_SIZE = 512;
const memo = new Map<string, readonly string[]>();

/** A sentence ends where the tagger ends one too: "!", "?", or "." after a word that is no abbreviation ("Dr.", "etc."). */
const ENDS =
  /(?:[!?]|(?<![\p{L}.])(?!(?:etc|approx|incl|excl|misc|dept|esp|mins?|hrs?|secs?|ave|blvd|corp|govt|sept|est|appt|vs)\.)\p{Ll}{3,}\.)$/u;

/** Whether the tagger reads these sentences apart: each ends where it ends one and the next opens on a letter. */
export function readApart(sentences: readonly string[]): boolean {
  return sentences.every((s, i) => /^\p{L}/u.test(s) && (i === sentences.length - 1 || ENDS.test(s)));
}

function remembered(text: string): readonly string[] {
  let names = memo.get(text);
  if (!names) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    names = Object.freeze(personsIn(text));
    memo.set(text, names);
  }
  return names;
}

/**
 * What the tagger finds in the sentences joined by spaces, read sentence by sentence when it reads them apart;
 * otherwise (a list line "- **Pat Morrison**", a heading "at JO's:", "Dr. Amara Okafor") the joined text is read whole.
 */
export function taggedPersons(sentences: readonly string[]): string[] {
  if (!readApart(sentences)) return [...remembered(sentences.join(" "))];
  return sentences.flatMap(remembered);
}
