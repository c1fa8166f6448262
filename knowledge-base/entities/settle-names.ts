import type { PersonName } from "./schema";

/** A name as a recogniser found it, with where its cue starts in the text. */
export interface FoundName extends PersonName {
  at: number;
}

const WORD = "\\p{L}[\\p{L}'’-]*";
/** How a part of a name is said to be written ("surname is spelled Eriksson", "first name's actually Aoife"). */
const SPELLED = "(?:(?:actually|really|just|spelled|spelt|written)\\s+)*";
const GIVEN = new RegExp(`\\b(?:first|given|christian) name(?:'s| is|:)?\\s+${SPELLED}(${WORD})`, "iu");
const FAMILY = new RegExp(`\\b(?:last name|surname|family name)(?:'s| is|:)?\\s+${SPELLED}(${WORD})`, "iu");
/** A word that takes back what was said before it ("…but just put Mo", "actually it's under Kim"). */
const TAKES_BACK = /\b(but|actually|instead|rather|sorry|no wait|scratch that|make it)\b/i;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const words = (x: string) => x.toLowerCase().split(/[\s,]+/);

/**
 * The names found, settled: a name the text takes back yields to the later one ("I'm Mohammed … but just put Mo"), a
 * first name and a surname given apart make one name ("under O'Neill, first name Aoife"), and a name repeated in
 * full ("maria … Maria Gonzalez") keeps the full one.
 */
export function settleNames(found: FoundName[], text: string): PersonName[] {
  let out = [...found];
  const explicit = out.filter((f) => f.cue === "explicit").sort((a, b) => a.at - b.at);
  const later = explicit.find((f, i) => i > 0 && TAKES_BACK.test(text.slice(explicit[0]!.at, f.at)));
  if (later) out = [later, ...out.filter((f) => f !== later)];
  const given = GIVEN.exec(text)?.[1];
  const family = FAMILY.exec(text)?.[1];
  const cap = (x: string) => x[0]!.toUpperCase() + x.slice(1);
  // "Surname is Schäfer, first name Jürgen": both told apart make the name.
  // "Family name Zhang, given name Wei — write Zhang Wei": the two written out together stay as typed, in their order.
  const typed = (f: FoundName) =>
    words(f.value).length === 2 && words(f.value).every((w) => same(w, given!) || same(w, family!));
  const written = given && family && !same(given, family) ? out.find(typed) : undefined;
  if (written) return [{ value: written.value, cue: "explicit" }];
  if (given && family) return [{ value: `${cap(given)} ${cap(family)}`, cue: "explicit" }];
  const part = given ?? family;
  const whole = part ? out.find((f) => !words(f.value).includes(part.toLowerCase())) : undefined;
  const own = part
    ? (out.find((f) => same(f.value, part)) ?? {
        value: part[0]!.toUpperCase() + part.slice(1),
        cue: "explicit",
        at: 0,
      })
    : undefined;
  if (part && whole && own) {
    const value = given ? `${own.value} ${whole.value}` : `${whole.value} ${own.value}`;
    out = [{ ...whole, value }, ...out.filter((f) => f !== whole && f !== own)];
  }
  // "Maria" and "Maria Gonzalez", or "Peterson" and "Jon Peterson", in one message: the full name, where the shorter
  // one stood.
  const within = (part: string, whole: string) =>
    words(whole).length > words(part).length && ` ${words(whole).join(" ")} `.includes(` ${words(part).join(" ")} `);
  out = out.flatMap((f) => {
    const full = out.find((g) => g !== f && within(f.value, g.value));
    return full ? (out.indexOf(full) > out.indexOf(f) ? [full] : []) : [f];
  });
  const seen = new Set<string>();
  return out
    .filter((f) => !seen.has(f.value.toLowerCase()) && seen.add(f.value.toLowerCase()))
    .map(({ value, cue }) => ({ value, cue }));
}
