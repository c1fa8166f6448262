import type { Handbook, ServiceId } from "../../knowledge-base/index";

/** Edit distance of two words at most one, a swap of two neighbouring letters counting as one edit ("break"/"brake"). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * A typed word meeting an alias word: the same word, or (for alias words of four letters or more) one edit away
 * with the same first letter ("ful" → "full", "truuing" → "truing", "break" → "brake").
 */
function meets(typed: string, word: string): boolean {
  if (typed === word) return true;
  return word.length >= 4 && typed.length >= 3 && typed[0] === word[0] && oneEdit(typed, word);
}

const cache = new WeakMap<Handbook, { id: ServiceId; words: string[] }[]>();

/** Every service name and alias as its words; a one-word alias only when long enough for a typo to be safe ("truing"
 * is one letter from "trying", "overhaul" from no other word). */
function aliasWords(h: Handbook): { id: ServiceId; words: string[] }[] {
  let out = cache.get(h);
  if (!out) {
    out = h.services
      .flatMap((s) => [s.name, ...s.aliases].map((a) => ({ id: s.id, words: a.toLowerCase().match(/[a-z]+/g) ?? [] })))
      .filter((x) => x.words.length > 1 || (x.words[0]?.length ?? 0) >= 7);
    cache.set(h, out);
  }
  return out;
}

/**
 * Services named with a typo in one word of a name or alias ("a ful service", "overhual", "break pads", "wheel
 * truuing", "a tun up"), in order of appearance. A name of several words needs one of them typed right, so one slip is allowed.
 */
export function nearServices(h: Handbook, t: string): ServiceId[] {
  const typed = t.toLowerCase().match(/[a-z]+/g) ?? [];
  const hits: { id: ServiceId; at: number }[] = [];
  for (const { id, words } of aliasWords(h))
    for (let i = 0; i + words.length <= typed.length; i++) {
      const window = typed.slice(i, i + words.length);
      const exact = window.filter((w, j) => w === words[j]).length;
      const slips = words.length - exact;
      if (slips === 1 && window.every((w, j) => meets(w, words[j]!))) {
        hits.push({ id, at: i });
        break;
      }
    }
  return [...new Set(hits.sort((x, y) => x.at - y.at).map((x) => x.id))];
}

const ingWords = new WeakMap<Handbook, Set<string>>();

/**
 * "Trueing", "tuneing": a service word ending in "-ing" written with the verb's final "e" kept, read as the
 * handbook's spelling ("truing"); only where that spelling is a word of a service name or alias ("seeing" stays).
 */
export function withAliasSpellings(h: Handbook, t: string): string {
  let words = ingWords.get(h);
  if (!words) {
    words = new Set(
      h.services.flatMap((s) => [s.name, ...s.aliases].flatMap((a) => a.toLowerCase().match(/[a-z]+ing\b/g) ?? [])),
    );
    ingWords.set(h, words);
  }
  const known = words;
  return t.replace(/\b([a-z]+)eing\b/g, (m, stem: string) => (known.has(`${stem}ing`) ? `${stem}ing` : m));
}
