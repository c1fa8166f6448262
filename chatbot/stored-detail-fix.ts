import type { BookingDraft } from "./schema";

/** A stored detail after a later message's fix: which field, and its whole corrected value. */
export interface DetailFix {
  field: "contact" | "name";
  value: string;
}

/** Words that say something given earlier was wrong ("sorry", "typo", "not", "should be", "ends in"…). */
const CUE =
  /\b(sorry|oops|whoops|typo|typed|mistyped|misspel\w*|autocorrect\w*|wrong|mistake|my bad|ugh|argh|meant|mean|should|not|actually|correction|instead|ends?|ending|last|starts?|first|spelled|spelt)\b|→|->|=>/i;
/** A piece of a contact or a name as typed: ".com", "gmail.com", "0177", "Jon" (trailing full stops dropped). */
const PIECE = String.raw`\.?[\p{L}\p{N}][\p{L}\p{N}@._+'’-]*(?![\p{L}\p{N}])`;
/** "NEW not OLD", "not OLD but NEW", "OLD should be NEW", "NEW instead of OLD", "OLD -> NEW", "change OLD to NEW". */
const PAIRS: { re: RegExp; fresh: number; old: number }[] = [
  {
    re: new RegExp(String.raw`(${PIECE})[,;]?\s+(?:and\s+)?not\s+(?:an?\s+|the\s+)?(${PIECE})`, "giu"),
    fresh: 1,
    old: 2,
  },
  {
    re: new RegExp(String.raw`\bnot\s+(${PIECE})(?:\s*[,;:—–-]+\s*|\s+)(?:but\s+|it'?s\s+|its\s+)?(${PIECE})`, "giu"),
    fresh: 2,
    old: 1,
  },
  {
    re: new RegExp(String.raw`(${PIECE})\s+should\s+(?:be|have\s+been|read|say)\s+(${PIECE})`, "giu"),
    fresh: 2,
    old: 1,
  },
  { re: new RegExp(String.raw`(${PIECE})\s+instead\s+of\s+(${PIECE})`, "giu"), fresh: 1, old: 2 },
  { re: new RegExp(String.raw`(${PIECE})\s*(?:->|→|=>)\s*(${PIECE})`, "giu"), fresh: 2, old: 1 },
  {
    re: new RegExp(String.raw`\b(?:change|replace|swap)\s+(${PIECE})\s+(?:to|with|for)\s+(${PIECE})`, "giu"),
    fresh: 2,
    old: 1,
  },
];
/** "Ends in 42", "last 4 digits are 0177", "starts with 971": digits said by where they stand in the number. */
const AT_END =
  /\b(?:ends?|ending|finish(?:es)?)\s+(?:in\s+|with\s+)?(\d{2,})\b|\blast\s+(?:\w+\s+)?(?:digits?|numbers?)\s+(?:are|is|should\s+be|=|:)?\s*(\d{2,})\b/i;
const AT_START =
  /\b(?:starts?|begins?)\s+(?:with\s+)?(\d{2,})\b|\bfirst\s+(?:\w+\s+)?(?:digits?|numbers?)\s+(?:are|is|should\s+be|=|:)?\s*(\d{2,})\b/i;
/** The message speaks of a phone number, so bare digits in it are the number's, not a time. */
const NUMBER_WORD = /\b(number|digits?|phone|mobile|cell|tel|ends?|ending|last|starts?|area code)\b/i;
/** "Jon without the h", "no h", "drop the h": one letter taken out of the name. */
const WITHOUT_LETTER =
  /\b(?:without|no|minus|drop|lose)\s+(?:the\s+|an?\s+)?['"‘’“”]?(\p{L})['"‘’“”]?(?![\p{L}\p{N}])/iu;

const trimPiece = (x: string) => x.replace(/[.'’-]+$/u, "");
const digitsOnly = (x: string) => /^\d+$/.test(x);
const hasLetter = (x: string) => /\p{L}/u.test(x);

/**
 * The stored contact or name a later message corrects by a part of it ("it's .com not .con", "the number ends 42 not
 * 24", "last 4 digits are 0177", "sorry typo, should be gmail.com", "Jon without the h"): the stored value the fix
 * most resembles, with only that part replaced. Null when the message fixes nothing stored (a new whole value is read
 * as a new value by the slot readers). `readsWhen`: the message gives a day or time, so bare digits in it are not a
 * fix to the number unless the message speaks of the number. Pure; never throws.
 */
export function fixStoredDetail(draft: BookingDraft, message: string, readsWhen = false): DetailFix | null {
  const contact = draft.contact ?? "";
  const name = draft.name ?? "";
  if ((!contact && !name) || !CUE.test(message)) return null;
  const aboutNumber = NUMBER_WORD.test(message);
  const digitsOk = (x: string) => !digitsOnly(x) || aboutNumber || (!readsWhen && x.length >= 3);
  for (const { re, fresh, old } of PAIRS)
    for (const m of message.matchAll(re)) {
      const [n, o] = [trimPiece(m[fresh]!), trimPiece(m[old]!)];
      if (!n || !o || n.toLowerCase() === o.toLowerCase() || hasLetter(n) !== hasLetter(o)) continue;
      if (!digitsOk(n) || !digitsOk(o)) continue;
      const at = message.slice(0, m.index);
      const fixed = replacePart(contact, o, n, /\b(starts?|begins?|first)\b/i.test(at) ? "first" : "last");
      if (fixed) return { field: "contact", value: fixed };
      const renamed = hasLetter(n) ? replaceWord(name, o, n) : null;
      if (renamed) return { field: "name", value: renamed };
    }
  const end = AT_END.exec(message);
  const start = AT_START.exec(message);
  const placed = end ? placeDigits(contact, end[1] ?? end[2]!, "end") : null;
  if (placed) return { field: "contact", value: placed };
  const front = start ? placeDigits(contact, start[1] ?? start[2]!, "start") : null;
  if (front) return { field: "contact", value: front };
  const near = nearestPiece(contact, message, digitsOk);
  if (near) return { field: "contact", value: near };
  const letter = WITHOUT_LETTER.exec(message)?.[1];
  const dropped = letter ? dropLetter(name, letter) : null;
  return dropped ? { field: "name", value: dropped } : null;
}

/**
 * The value with one occurrence of `old` (the first or the last) replaced, or null when it holds none. Letters are
 * replaced only as a whole part of the address ("gmail", ".con"), never inside a word ("a" in "example").
 */
function replacePart(value: string, old: string, fresh: string, which: "first" | "last"): string | null {
  const low = value.toLowerCase();
  const at = which === "first" ? low.indexOf(old.toLowerCase()) : low.lastIndexOf(old.toLowerCase());
  if (at < 0) return null;
  const end = at + old.length;
  const whole =
    digitsOnly(old) ||
    ((at === 0 || /[@.\s_+-]/.test(low[at - 1]!) || old.startsWith(".")) &&
      (end === low.length || /[@.\s]/.test(low[end]!)));
  return whole ? value.slice(0, at) + fresh + value.slice(end) : null;
}

/** The name with the word `old` replaced by `fresh` (capitalised like the name), or null when no word is `old`. */
function replaceWord(name: string, old: string, fresh: string): string | null {
  const words = name.split(/\s+/);
  const i = words.findIndex((w) => w.toLowerCase() === old.toLowerCase());
  if (i < 0) return null;
  const cap = /^\p{Lu}/u.test(words[i]!) ? fresh[0]!.toUpperCase() + fresh.slice(1) : fresh;
  return words.map((w, j) => (j === i ? cap : w)).join(" ");
}

/** A phone number with its first or last digits replaced by those given, separators kept; null if it is no number. */
function placeDigits(value: string, given: string, where: "start" | "end"): string | null {
  const slots = [...value].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
  if (slots.length < 7 || given.length >= slots.length) return null;
  const chosen = where === "end" ? slots.slice(-given.length) : slots.slice(0, given.length);
  const chars = [...value];
  chosen.forEach((pos, k) => {
    chars[pos] = given[k]!;
  });
  const out = chars.join("");
  return out === value ? null : out;
}

/**
 * "Should be gmail.com" after "jon@gmail.con": a piece of the message that differs from a part of the stored contact
 * by a slip or two (an e-mail piece with a dot or "@", or four or more digits) replaces that part.
 */
function nearestPiece(contact: string, message: string, digitsOk: (x: string) => boolean): string | null {
  if (!contact) return null;
  let best: { d: number; at: number; len: number; piece: string } | null = null;
  for (const m of message.matchAll(new RegExp(PIECE, "gu"))) {
    const piece = trimPiece(m[0]);
    // ".com", "gmail.com", "x@y": never "a.m." or "e.g." (one letter after the dot).
    const mailish = /@|\.\p{L}{2,}$/u.test(piece) && piece.length >= 3;
    const digits = digitsOnly(piece) && piece.length >= 4 && digitsOk(piece);
    if (!mailish && !digits) continue;
    const hay = digits ? contact.replace(/\D/g, "") : contact.toLowerCase();
    const limit = piece.length <= 5 ? 1 : 2;
    // Digits are replaced one for one (a slip of a key); an e-mail piece may have a letter more or less.
    const spread = digits ? 0 : 1;
    for (let len = piece.length - spread; len <= piece.length + spread; len++)
      for (let at = 0; at + len <= hay.length; at++) {
        // An e-mail piece stands between the address's own separators ("outlook.com", not "utlook.co").
        const starts = at === 0 || /[@.\s_+-]/.test(hay[at - 1]!) || hay[at] === ".";
        const ends = at + len === hay.length || /[@.\s]/.test(hay[at + len]!);
        if (!digits && !(starts && ends)) continue;
        const d = distance(hay.slice(at, at + len), piece.toLowerCase());
        if (d === 0 && len === piece.length) return null;
        if (d <= limit && (!best || d < best.d || (d === best.d && at >= best.at)))
          best = { d, at, len, piece: digits ? `#${piece}` : piece };
      }
  }
  if (!best) return null;
  if (!best.piece.startsWith("#")) return contact.slice(0, best.at) + best.piece + contact.slice(best.at + best.len);
  // Digits: the window counted over the number's digits alone, written back in place of those digits.
  const slots = [...contact].flatMap((c, i) => (/\d/.test(c) ? [i] : [])).slice(best.at, best.at + best.len);
  const chars = [...contact];
  slots.forEach((pos, k) => {
    chars[pos] = best.piece[k + 1]!;
  });
  return chars.join("");
}

/** The name with a letter said to be extra taken out, when exactly one of the name's letters is that letter. */
function dropLetter(name: string, letter: string): string | null {
  const l = letter.toLowerCase();
  const at = [...name.toLowerCase()].flatMap((c, i) => (c === l ? [i] : []));
  return at.length === 1 ? name.slice(0, at[0]) + name.slice(at[0]! + 1) : null;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}
