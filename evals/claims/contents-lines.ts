// Line- and clause-level readers of the contents-claims reader: clause cuts, bare list items, headings, labels, cues.
import type { ItemMention } from "../../knowledge-base/index";
import { CHARGED_ALL, CLAUSE, INCLUDE, INCLUDE_ALL, NO_CHARGE, POINTER_WORDS, PRONOUN_VERB } from "./contents-cues";
import { findServices } from "./service-mentions";

/** The pieces of a sentence one negation governs ("the tune-up covers X, but not Y" → two). */
export function clausesOf(sentence: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let last = 0;
  for (const m of sentence.matchAll(CLAUSE)) {
    out.push({ text: sentence.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  out.push({ text: sentence.slice(last), start: last });
  return out;
}

/** A label that is one service's name and nothing else ("Full service", "Standard tune-up"). */
export const soleService = (label: string) => {
  const found = findServices(label);
  return (
    found.length === 1 && label.slice(0, found[0]!.start).trim() === "" && label.slice(found[0]!.end).trim() === ""
  );
};

/** A bare list line ("Hub and headset bearing service.", "Gear indexing, truing"): few words besides its items, no verb. */
export const isBare = (line: string, mentions: readonly ItemMention[]) => {
  // "A new chain — so your worn drivetrain is sorted": the item before a dash; what follows only comments on it.
  const sentence = line.split(/\s[—–]\s/)[0]!;
  return (
    blankSpans(sentence, 0, mentions).split(/\s+/).filter(Boolean).length <= 8 &&
    !/\d/.test(sentence) &&
    !PRONOUN_VERB.test(sentence.replace(/^[^:]{1,40}:/, ""))
  );
};

/** A line that only names what follows: short, no closing full stop ("Standard tune-up — $89", "Not included:"). */
export const isHeading = (sentence: string) => sentence.split(/\s+/).length <= 8 && !/[.!?]$/.test(sentence.trim());

/**
 * True when the words before the cue leave the subject to the context: a pronoun, a hedge, the item itself ("It also
 * includes…", "I believe a new chain is included"); false for another subject ("Walk-in jobs include…").
 */
export function pointsBack(head: string): boolean {
  // A label before a colon ("Heads up:", "Plus:") is no subject.
  return head
    .replace(/^[^:]*:/, "")
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean)
    .every((w) => POINTER_WORDS.has(w));
}

/** A line that opens with a short label and a dash or colon ("Wheels — …", "Extras: …"). */
export const LINE_LABEL = /^\s*([^:—–.!?$]{2,40}?)\s*[—–:]\s/;

/** Words that open a clause by pointing back to what was talked about ("it also includes…", "that covers…"). */
export const POINTS_BACK = /^\s*(?:it|it'?s|that|that'?s|this|these|those|they|they'?re|which|same)\b/i;

export const NEGATIVE_HEAD = /\bnot\b|n't\b|\bexclud/i;

/** "It includes everything in the tune-up, plus:", "it adds:": the list under the sentence is its service's. */
export const opensList = (sentence: string) =>
  /:\s*$/.test(sentence) && (INCLUDE.test(sentence) || /\bplus:\s*$/i.test(sentence)) && !SHOP_SCOPE.test(sentence);

/** "We cover the mechanical side of e-bikes:", "We handle:": the shop's range of work, no service's contents. */
export const SHOP_SCOPE =
  /^\W*we\s+(?:\w+\s+)?(?:cover|handle|do|work on|take care of)\b(?![^:]*\b(?:tune-?ups?|full service|flat repairs?)\b)/i;

/** The cues of a clause, in order: words of including, and words of a separate charge (which leave a thing out). */
export function cuesIn(text: string): { local: number; charged: boolean }[] {
  const charged = [...text.matchAll(CHARGED_ALL)]
    .filter((m) => !NO_CHARGE.test(text.slice(0, m.index)))
    .map((m) => ({ local: m.index, end: m.index + m[0].length, charged: true }));
  const include = [...text.matchAll(INCLUDE_ALL)]
    .filter((m) => !charged.some((c) => m.index < c.end && m.index + m[0].length > c.local))
    .map((m) => ({ local: m.index, end: m.index + m[0].length, charged: false }));
  return [...charged, ...include].sort((a, b) => a.local - b.local);
}

/** The text with the spans (in sentence offsets; the text starts at `offset`) blanked. */
export function blankSpans(text: string, offset: number, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const m of spans) {
    const a = Math.max(0, m.start - offset);
    const b = Math.min(out.length, m.end - offset);
    if (a < b) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out;
}
