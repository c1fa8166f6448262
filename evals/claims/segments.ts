import type { Sentence } from "./sentences";

/** A piece of a sentence between commas, brackets, dashes and connectives: the unit one hours claim lives in. */
export interface Segment {
  text: string;
  /** Offset in the whole message. */
  start: number;
  end: number;
  /** The segment was inside brackets or followed "and"/"or": a continuation of the previous one. */
  continuation: boolean;
  /** The segment opened with a bracket: an apposition to what came before. */
  paren: boolean;
}

const BREAK =
  /\s*(?:(?<!\b(?:early|late)),|[;()]|(?<!^[^A-Za-z\d]*(?:open(?:s|ing)?|close[sd]?|closing)(?: time)?):(?=\s)|(?<=^[^A-Za-z\d]*(?:open(?:s|ing)?|close|closes|closing)(?: time)?):(?=\s+\D)|(?<!\d(?:\s*[ap]m)?)\s[—–-]\s|\s[—–-]\s(?!\d|noon\b|midnight\b)|(?<=[a-z])—|\bbut\b|\bso\b|\bwhile\b|\bwhich\b|\bwhereas\b|\bthough\b|\bbecause\b|\bsince\b(?!\s+\d)|\bwith\b(?=\s+(?:(?:the|our)\s+)?(?:last\s+)?(?:drop-?off\s+)?slots?\b)|\b(?:and|or|&)\b(?!\s*\d)|(?<=\d(?:\s*[ap]m)?\s+(?:on\s+)?(?:today|tomorrow|tonight|[a-z]+day))\s+and\b(?=\s*\d))\s*/gi;

/** Splits a sentence into segments (a line label of hours and its time, "Close: 8 pm", or of closed days, "Closed: Sunday", stay whole); "between 9 and 3", "9 and 10" and "close early, at 3" stay whole, while "until 6
 * today and 7 tomorrow" is two (a time and its day, then the next pair). */
export function splitSegments(sentence: Sentence): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let continuation = false;
  let paren = false;
  const push = (from: number, to: number, next: boolean, nextParen: boolean) => {
    const raw = sentence.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) {
      // A piece that opens with a connective the split kept ("…, or 7 pm on Thursday") continues the one before.
      continuation ||= /^(?:and|or|&)\s/i.test(raw.trim());
      const start = sentence.start + from + lead;
      out.push({ text: raw.trim(), start, end: start + raw.trim().length, continuation, paren });
      paren = nextParen;
    } else paren ||= nextParen;
    continuation = next;
  };
  for (const m of sentence.text.matchAll(BREAK)) {
    if (/\band\b/i.test(m[0]) && /\bbetween\s+\S+\s*$/i.test(sentence.text.slice(Math.max(0, m.index - 20), m.index)))
      continue;
    push(last, m.index, /[(]|\band\b|\bor\b|&/i.test(m[0]), m[0].includes("("));
    last = m.index + m[0].length;
  }
  push(last, sentence.text.length, false, false);
  return out;
}
