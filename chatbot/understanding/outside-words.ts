import type { Handbook } from "../../knowledge-base/index";
import topicsJson from "./corpus/topics.json";
import { tokens } from "./features";

const stem = (w: string) => w.replace(/(?:'s|s|es|ed|ing|er|ers)$/, "");
const cache = new WeakMap<Handbook, Set<string>>();
/** Stems of everyday words the "none" examples use around their subject ("can you recommend…", "I found…"). */
const EVERYDAY = new Set(
  (
    "be been get us found nice own inside outside recommend install fitt quot match build seat stem stock met rid joke " +
    "room pow onto home machine case link written session film cloth tape wrap group child mobile cycl rac tour " +
    "france weath matt magazin protective favouritebike"
  ).split(" "),
);

/**
 * Stems the corpus itself marks as outside the handbook: they occur in the examples of subjects the handbook lacks
 * ("none": parking, gift cards, trade-ins, storage) and nowhere in the handbook or in any covered topic's examples.
 * A question about such a thing is not answered by a topic whose other words it happens to share.
 */
export function outsideStems(h: Handbook): Set<string> {
  const hit = cache.get(h);
  if (hit) return hit;
  const covered = new Set<string>();
  const add = (text: string, into: Set<string>) => {
    for (const t of tokens(text)) if (/^\p{L}{4,}$/u.test(t)) into.add(stem(t));
  };
  const walk = (v: unknown): void => {
    if (typeof v === "string") add(v, covered);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(h);
  const byLabel = topicsJson as Record<string, unknown[]>;
  const text = (x: unknown) => (typeof x === "string" ? x : String((x as unknown[])[0]));
  for (const [label, list] of Object.entries(byLabel))
    if (label !== "none") for (const x of list) add(text(x), covered);
  const outside = new Set<string>();
  for (const x of byLabel.none ?? []) add(text(x), outside);
  for (const w of [...covered, ...EVERYDAY]) outside.delete(w);
  cache.set(h, outside);
  return outside;
}

/** The words of a text whose stem the corpus marks as outside the handbook ("parking", "voucher"). */
export function outsideWords(h: Handbook, text: string): string[] {
  const outside = outsideStems(h);
  return tokens(text).filter((t) => /^\p{L}{4,}$/u.test(t) && outside.has(stem(t)));
}
