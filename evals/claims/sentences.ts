import { memoText } from "../../knowledge-base/text-memo";

/** A sentence (or bullet line) of a message with its character offset. */
export interface Sentence {
  text: string;
  start: number;
}

// Abbreviations whose trailing dot does not end a sentence.
const ABBREV =
  /(?:\b(?:a\.m|p\.m|e\.g|i\.e|approx|etc|vs|st|ave|blvd|rd|dr|mr|mrs|ms|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|\b[a-z])\.$/i;

const EMOJI_END = /\p{Extended_Pictographic}\uFE0F?(?=[ \t]+[A-Z])/gu;

/** Splits a message into sentences: on line breaks and bullets, then on . ! ? (or an emoji before a capital) followed by a space or the end. */
export const splitSentences: (text: string) => Sentence[] = memoText(sentencesOf);

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}$]/u.test(trimmed)) out.push({ text: trimmed, start: from + lead });
  };
  let start = 0;
  // "…open 10 to 7 🎄 Christmas Eve isn't…": an emoji before a capitalised word ends a sentence as a full stop would.
  const emojiEnds = new Set(Array.from(text.matchAll(EMOJI_END), (m) => m.index + m[0].length));
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (emojiEnds.has(i)) {
      push(start, i);
      start = i;
    }
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next) && !/["')\]*]/.test(next)) continue;
    if (ch === "." && ABBREV.test(text.slice(Math.max(0, i - 8), i + 1))) {
      // "9 a.m. Saturday" keeps going; "9 a.m. We" starts a new sentence.
      const after = text.slice(i + 1).trimStart();
      if (
        !/^[A-Z]/.test(after) ||
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(after)
      )
        continue;
    }
    push(start, i + 1);
    start = i + 1;
  }
  push(start, text.length);
  return out;
}

/** A clause: a piece of a sentence between contrast or list boundaries, where one negation governs one claim. */
export interface Clause {
  text: string;
  start: number;
}

const CLAUSE_BREAK =
  /\s*(?:;|,\s*while\b(?!\s+(?:you|it|they|we)\b)|,\s*whereas\b|\s[—–]\s|\s-\s|(?<=[a-z])—(?=[a-z ])|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|\bexcept\b|\binstead\b|\botherwise\b|\bunless\b)\s*/gi;

/** Splits a sentence into clauses on ; — but/however/although/though/whereas/except/instead, and ", while X" contrasts. */
export function splitClauses(sentence: Sentence): Clause[] {
  // The splitter's sentences are shared frozen objects, read by many claim readers: split each once.
  let out = clausesOf.get(sentence);
  if (!out) {
    out = Object.freeze(clausesIn(sentence).map((c) => Object.freeze(c))) as Clause[];
    clausesOf.set(sentence, out);
  }
  return out;
}

const clausesOf = new WeakMap<Sentence, Clause[]>();

function clausesIn(sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let last = 0;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    const piece = sentence.text.slice(last, m.index);
    if (piece.trim())
      out.push({ text: piece.trim(), start: sentence.start + last + (piece.length - piece.trimStart().length) });
    last = m.index + m[0].length;
  }
  const tail = sentence.text.slice(last);
  if (tail.trim())
    out.push({ text: tail.trim(), start: sentence.start + last + (tail.length - tail.trimStart().length) });
  return out;
}

/** Sentences of a message, each split into clauses. */
export const splitMessage: (text: string) => { sentence: Sentence; clauses: Clause[] }[] = memoText((text) =>
  splitSentences(text).map((sentence) => ({ sentence, clauses: splitClauses(sentence) })),
);
