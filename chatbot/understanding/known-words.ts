import type { Handbook } from "../../knowledge-base/index";
import intentsJson from "./corpus/intents.json";
import topicsJson from "./corpus/topics.json";
import { tokens } from "./features";

// Common English words a customer may use about anything (the corpus cannot hold them all).
const COMMON =
  "been being have has had was were will would shall should might must could also very really just quite about around " +
  "ever never always still already again here there where everything anything something nothing someone anyone people " +
  "year years month months week weeks long longer time times place thing things kind sort type stuff able please thanks " +
  "good great nice fine okay sure maybe probably actually basically literally honestly seriously anyway though although " +
  "because since until while during before after without within between through across into onto upon over under " +
  "install installing installed replace replacing replaced change changing changed check checking checked look looking " +
  "help helping work working worked doing done make making made take taking took give giving gave need needing needed";
const cache = new WeakMap<Handbook, Set<string>>();

/**
 * Every word the shop knows: the handbook's facts and the training corpus's utterances, except the examples of
 * subjects the handbook lacks ("none"), which are exactly the words it does not know.
 */
export function knownWords(h: Handbook): Set<string> {
  const hit = cache.get(h);
  if (hit) return hit;
  const texts: string[] = [COMMON];
  const walk = (v: unknown): void => {
    if (typeof v === "string") texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(h);
  // A "none" example listed among the intents too ("do you stock tubeless sealant" as a question) stays unknown.
  const none = new Set(((topicsJson as Record<string, unknown[]>).none as string[]).map((x) => x.toLowerCase()));
  for (const list of Object.values(intentsJson as Record<string, string[]>))
    texts.push(...list.filter((x) => !none.has(x.toLowerCase())));
  for (const [label, list] of Object.entries(topicsJson as Record<string, unknown[]>))
    if (label !== "none") for (const x of list) texts.push(typeof x === "string" ? x : String((x as unknown[])[0]));
  const words = new Set<string>();
  for (const text of texts) for (const t of tokens(text.replace(/([a-z])([A-Z])/g, "$1 $2"))) words.add(t);
  cache.set(h, words);
  return words;
}

/** Edit distance of two short words, stopping early past `max`. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

// Near-miss answers per word for each known-word set, kept across messages (bounded: cleared when full).
const nearMemos = new WeakMap<Set<string>, Map<string, boolean>>();

/** Whether a word is one or two edits (by length) from a known word starting with the same letter. */
export function nearKnown(known: Set<string>, w: string): boolean {
  const nearMemo = nearMemos.get(known) ?? new Map<string, boolean>();
  nearMemos.set(known, nearMemo);
  const hit = nearMemo.get(w);
  if (hit !== undefined) return hit;
  const max = w.length >= 7 ? 2 : 1;
  let near = false;
  for (const k of known)
    if (k[0] === w[0] && within(w, k, max)) {
      near = true;
      break;
    }
  if (nearMemo.size >= 5000) nearMemo.clear();
  nearMemo.set(w, near);
  return near;
}

const SUFFIX = /(?:'s|s|es|ed|ing|er|ers|ly|ion|ions)$/;

/**
 * Words of a text the shop has never seen, neither as they are nor as a near miss (a typo such as "tunup" is one
 * edit from a known word, so it is known): "tubeless", "dropper". Words under four letters are never unknown.
 */
export function unknownWords(h: Handbook, text: string): string[] {
  const known = knownWords(h);
  const out: string[] = [];
  for (const w of tokens(text)) {
    if (w.length < 4 || !/^\p{L}+$/u.test(w) || known.has(w)) continue;
    const stem = w.replace(SUFFIX, "");
    if (known.has(stem) || known.has(`${stem}e`)) continue;
    if (!nearKnown(known, w)) out.push(w);
  }
  return out;
}

/** True when a text has words and none of them is one the shop knows ("aaaaaaaa…", "qwzx vbnm"): nothing to read. */
export function noKnownWord(h: Handbook, text: string): boolean {
  const words = tokens(text).filter((w) => /^\p{L}+$/u.test(w));
  const known = knownWords(h);
  return words.length > 0 && !words.some((w) => known.has(w));
}
