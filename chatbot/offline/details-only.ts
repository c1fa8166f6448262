import type { Entities, Handbook } from "../../knowledge-base/index";

/**
 * Words that carry no meaning of their own beside booking details: labels ("name:", "phone"), joiners ("and", "at",
 * "on", "for"), fillers ("please", "thanks") and the bits of a date or a time the recogniser leaves ("the", "of").
 */
const FILLER = new Set(
  (
    "a an and at on for of the in to by with under is it's its it i'm im me my name names called email e-mail mail " +
    "phone number mobile cell tel contact details detail please pls thanks thank you ok okay yes sure so then " +
    "drop-off dropoff drop off booking appointment slot service services time day date " +
    // which wheel or bike the work is on ("rear wheel truing", "both wheels")
    "front rear back both bike"
  ).split(" "),
);

/** A form's labels ("when: sat 16th", "Job - truing", "who: Femi"): they name a field, they ask nothing. */
export function withoutLabels(text: string): string {
  return text.replace(/(^|[\n,;.|]\s*)[\p{L} /-]{2,20}\s*[:=–—-]\s/gu, "$1 ");
}

/** Every word of the handbook's service names and aliases ("tune", "up", "wheel", "truing", "cable"). */
export function serviceWords(h: Handbook): ReadonlySet<string> {
  let words = wordsOf.get(h);
  if (!words) {
    words = new Set(
      h.services
        .flatMap((s) => [s.name, ...s.aliases])
        .join(" ")
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean),
    );
    wordsOf.set(h, words);
  }
  return words;
}

// Built once per handbook: every turn reads it (twice), and the handbook does not change under a runtime.
const wordsOf = new WeakMap<Handbook, ReadonlySet<string>>();

/**
 * The message is nothing but booking details — days, times, names, contacts and service words, with labels and joiners
 * ("Wednesday the 5th, 11am, Noah Friedman, noah@example.com"; "Name: Oskar Nowak. Phone: 503-555-0148"). Such a
 * message gives details whatever a classifier trained on sentences reads in it (a contact is not "talk to a person").
 * Out of a booking it takes `least` kinds of detail (two by default: a lone "Saturday" may follow a question).
 */
export function detailsOnly(h: Handbook, e: Entities, names: string[], services: number, least = 2): boolean {
  const text = e.normalized.toLowerCase();
  const kept = [...text];
  for (const m of e.when) for (let i = m.start; i <= m.end && i < kept.length; i++) kept[i] = " ";
  let rest = kept.join("");
  for (const c of e.contacts) rest = rest.split(c.value.toLowerCase()).join(" ");
  for (const n of names) rest = rest.split(n.toLowerCase()).join(" ");
  rest = withoutLabels(rest);
  const words = rest.split(/[^\p{L}\d'-]+/u).filter(Boolean);
  const known = serviceWords(h);
  const left = words.filter((w) => !FILLER.has(w) && !known.has(w) && !/^(am|pm|[ap]\.m\.?)$/.test(w));
  const kinds = [e.when.length > 0, e.contacts.length > 0, names.length > 0, services > 0].filter(Boolean).length;
  return left.length === 0 && kinds >= least;
}
