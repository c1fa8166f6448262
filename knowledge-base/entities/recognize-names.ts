import { answeredNames } from "./name-answer";
import { cleanName, WORD } from "./name-clean";
import { NOT_NAME, PARTICLES, TITLES } from "./name-words";
import type { PersonName } from "./schema";
import { type FoundName, settleNames } from "./settle-names";
import { taggedPersons } from "./tagged-persons";

// A surname may start with a lower-case elided particle ("d'Aubigné", "l'Estrange").
const CAP_WORD = "(?:\\p{Ll}{1,2}['’])?\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = `(?:${[...PARTICLES].join("|")})`;
/** Capitalised words with particles between them: "Anneke de Vries". */
const CAP_NAME = `${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${CAP_WORD}){0,2}`;
const EXPLICIT = new RegExp(
  `(?:\\bmy name(?:'s| is|s)|\\bname\\s*=|\\bjust put|\\bput (?:it |me |that |the name |my name )?(?:down )?as|\\b(?:change|make|set) (?:the name|my name) (?:to|as)|\\bname(?:'s| is|:)|\\bthe name(?:'s| is)|\\bcall me|\\bunder(?! (?:his|her|their|my|our) name)(?: the name)?(?: of)?|\\bin the name of)\\s+(?:(?:actually|really|just|spelled|spelt)\\s+)*(${WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${WORD}){0,2})`,
  "giu",
);
const EXPLICIT_CAPS = new RegExp(
  `(?:\\b[Ii]'?m|\\b[Ii] am|\\b[Tt]his is|\\b[Ii]t'?s|\\b[Nn]ame)\\s+(${CAP_NAME})`,
  "gu",
);
/** A title before capitalised words names a person wherever it stands ("Dr. Amaka Obi, brakes please"). */
const ANY_CASE_TITLE = [...TITLES].map((t) => [...t].map((c) => `[${c}${c.toUpperCase()}]`).join("")).join("|");
const TITLED = new RegExp(`(?<![\\p{L}])((?:${ANY_CASE_TITLE})\\.?\\s+${CAP_NAME})`, "gu");
/** A courtesy word closing a request ("…for Kofi Boateng please", "…for Ana Lima, thanks"). */
const COURTESY = "(?:[\\s,]+(?:please|pls|plz|thanks|thank you|ta|cheers))?";
const FOR_NAME = new RegExp(`\\bfor\\s+(${CAP_NAME})${COURTESY}\\s*(?=[.,;:!?]|$)`, "gu");
const HERE = new RegExp(`^(?:[Hh]i|[Hh]ello|[Hh]ey)?[,!\\s]*(${CAP_NAME})\\s+here\\b`, "u");
const CONTACT = "(?:[^\\s@,;]+@[^\\s@,;]+\\.\\p{L}{2,}|\\+?\\d[\\d\\s().-]{5,}\\d)";
// A hyphen joins a double-barrelled name ("O'Connor-Díaz"): only a spaced dash separates; a label such as "email"
// may stand between the name and the contact ("Ama Owusu-Ansah, email ama@…").
const CONTACT_LABEL = "(?:(?:e-?mail|phone|mobile|cell|tel|number|contact)(?:\\s+(?:is|at))?[\\s:]*)?";
/** A name written right beside a phone number or e-mail ("Rahul 503 555 0109 …", "Connor Walsh, connor@…"). */
const BESIDE_CONTACT = [
  new RegExp(
    `(?:^|[.,;:!?–—]\\s*|\\s-\\s*)(?:hi|hello|hey)?[,!\\s]*(${CAP_NAME})[\\s,;:–—-]+${CONTACT_LABEL}${CONTACT}`,
    "u",
  ),
  new RegExp(`${CONTACT}[\\s,;:–—-]+(${CAP_NAME})[\\s.!]*$`, "u"),
];

/** Text with e-mail addresses and phone numbers blanked, so no name is read out of them. */
function withoutContacts(text: string): string {
  return text.replace(/\S+@\S+/g, " , ").replace(/\+?\d[\d\s().-]{5,}\d/g, " , ");
}

/** A name said to be the full or official one ("full name's …", "… officially", "legally …"). */
const FULL_MARK =
  /\b(?:full|legal|real|proper|official|whole|actual) name\b|\b(?:officially|legally|properly|formally)\b/iu;

/**
 * A one-word name said with a cue, written in full elsewhere in the message ("the name is Schmidt, with a d. Anna
 * Schmidt"): the full one. So is a nickname beside the full name it shortens ("Sam — well, Samantha Reyes") or one
 * the message says is the full or official name ("call me Bo, full name Robert Lindqvist"): a booking is under it.
 */
function spelledOut(f: FoundName, text: string): FoundName {
  if (f.value.includes(" ")) return f;
  const said = text.toLowerCase().indexOf(f.value.toLowerCase(), f.at);
  const nick = f.value.toLowerCase();
  if (said < 0) return f;
  const fits = fullNames(text.slice(said + nick.length)).map(({ full, at }) => {
    const first = words(full)[0]!;
    const shortens = first.length > nick.length && first.startsWith(nick.slice(0, 2));
    // "Kate — Katherine Moreau": the full name set right beside the short one restates it.
    const beside = /^[\s,;:—–-]*(?:well|or|i mean|aka|properly)?[\s,;:—–-]*$/iu.test(
      text.slice(said + nick.length, said + nick.length + at),
    );
    const restates = words(full).includes(nick);
    return {
      full,
      ok: restates || (shortens && (first.startsWith(nick) || beside || FULL_MARK.test(text))),
      lead: first === nick,
    };
  });
  // "It's Kathryn, with a K and a Y. Kathryn Doyle": the full name that starts with the one said wins over a run
  // that only holds it ("Y. Kathryn Doyle").
  const hit = fits.find((x) => x.ok && x.lead) ?? fits.find((x) => x.ok);
  return hit ? { ...f, value: hit.full } : f;
}

/**
 * Names of two or more words written in a text, each run of capitalised words cut at a sentence's end ("Zoë
 * Papadopoulos. Need…") and read from each of its words on ("a Y. Kathryn Doyle" also gives "Kathryn Doyle").
 */
function fullNames(text: string): { full: string; at: number }[] {
  const out: { full: string; at: number }[] = [];
  for (const m of text.matchAll(new RegExp(CAP_NAME, "gu"))) {
    const parts = m[0].split(/\s+/);
    for (let j = 0; j < parts.length - 1; j++) {
      const end = parts.findIndex((w, i) => i >= j && /[.,!?;]$/.test(w) && !/^\p{Lu}\.$/u.test(w));
      const run = parts.slice(j, end < 0 ? parts.length : end + 1);
      const full = run.length > 1 ? cleanName(run) : null;
      if (full && full.split(" ").length === run.length) out.push({ full, at: m.index });
    }
  }
  return out;
}
const words = (x: string) => x.toLowerCase().split(/\s+/);

/**
 * Person names in a text: explicit cues ("my name is", "under", "I'm Søren"), a bare 1–3-word answer when a name was
 * asked for (`expectingName`), then the `compromise` tagger. Never a yes/no or courtesy word; letters kept as written.
 */
export function recognizeNames(input: string, expectingName: boolean): PersonName[] {
  const key = `${expectingName ? 1 : 0}${input}`;
  let out = memo.get(key);
  if (!out) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    out = Object.freeze(withTitles(findNames(input, expectingName), input).map((n) => Object.freeze(n)));
    memo.set(key, out);
  }
  return out as PersonName[];
}

// A turn reads its message more than once and customers repeat themselves ("Sam Lee", "yes please"); the tagger costs
// milliseconds a call. The reading depends on the text and the flag only; results are frozen so no caller alters another's.
const MEMO_SIZE = 512;
const memo = new Map<string, readonly PersonName[]>();

/** A title written just before a name found without it ("… Dr. Imani Wells" read by the tagger as "Imani Wells"). */
function withTitles(names: PersonName[], text: string): PersonName[] {
  return names.map((n) => {
    const before = /(\p{L}+\.?)\s+$/u.exec(text.slice(0, Math.max(0, text.indexOf(n.value))))?.[1];
    const title = before && /^\p{Lu}/u.test(before) && TITLES.has(before.replace(/\.$/, "").toLowerCase());
    return title && text.includes(n.value) ? { ...n, value: `${before} ${n.value}` } : n;
  });
}

function findNames(input: string, expectingName: boolean): PersonName[] {
  // "name=Kwame Mensah tel=…": a label written with "=" reads as one with ":".
  const text = withoutContacts(input).replace(/\b(name|tel|phone|email|e-mail|contact)\s*=\s*/giu, "$1: ");
  const found: FoundName[] = [];
  const add = (value: string | null, cue: PersonName["cue"], at = 0) => {
    if (value && !found.some((f) => f.value.toLowerCase() === value.toLowerCase())) found.push({ value, cue, at });
  };
  for (const m of text.matchAll(EXPLICIT)) add(cleanName(m[1]!.split(/\s+/)), "explicit", m.index);
  for (const m of text.matchAll(EXPLICIT_CAPS)) add(cleanName(m[1]!.split(/\s+/)), "explicit", m.index);
  // The title's own capital is not required ("dr. Lena Fox"), the name's is.
  for (const m of text.matchAll(TITLED)) {
    const [title, ...rest] = m[1]!.split(/\s+/);
    add(cleanName([title![0]!.toUpperCase() + title!.slice(1), ...rest]), "explicit", m.index);
  }
  // "…saturday 10am for Łukasz Wróbel": two or three capitalised words after "for", ending the clause (the tagger
  // misses names it has never seen, most of all with letters beyond ASCII).
  for (const m of text.matchAll(FOR_NAME)) {
    const name = cleanName(m[1]!.split(/\s+/));
    if (name?.includes(" ") && name.split(" ").length === m[1]!.split(/\s+/).length) add(name, "tagger", m.index);
  }
  const here = HERE.exec(text);
  if (here) add(cleanName(here[1]!.split(/\s+/)), "explicit", here.index);
  if (!found.length)
    for (const re of BESIDE_CONTACT) {
      const m = re.exec(input);
      if (m) add(cleanName(m[1]!.split(/\s+/)), "explicit", m.index);
    }
  if (found.length)
    return settleNames(
      found.map((f) => spelledOut(f, text)),
      text,
    );
  // "Wednesday 10:30, Amara Okoye, need a tune up": a name as a later item of a comma list (the first is often a
  // greeting: "Guten Tag, …").
  for (const item of /[,;]/.test(text) ? text.split(/\s*[,;]\s*/).slice(1) : []) {
    const words = item.trim().split(/\s+/);
    const name =
      words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) ? cleanName(words) : null;
    if (name && name.split(" ").length === words.length) add(name, "tagger");
  }
  if (expectingName) {
    const answered = answeredNames(text);
    if ("turned" in answered) return [{ value: answered.turned, cue: "expected" }];
    for (const name of answered.names) add(name, "expected");
    if (found.length) return settleNames(found, text);
  }
  // The tagger only when a capitalised word appears after the first one (a name mid-sentence).
  // Only the sentences with such a word are tagged: the tagger's cost grows with the text.
  // (A sentence after the first keeps the space before its first word, as in the whole text.)
  const candidate = (x: string, i: number) =>
    [...(i ? ` ${x}` : x).matchAll(/\s(\p{Lu}[\p{L}'’-]*)/gu)].some((m) => !NOT_NAME.has(m[1]!.toLowerCase()));
  const tagged = text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u).filter(candidate);
  if (tagged.length) {
    try {
      for (const p of taggedPersons(tagged)) add(cleanName(ownWords(p.split(/\s+/))), "tagger");
    } catch {
      return settleNames(found, text);
    }
  }
  return settleNames(
    found.map((f) => spelledOut(f, text)),
    text,
  );
}

/**
 * A tagged name's own words: a word typed in lower case before a capitalised one is no part of it ("spelt
 * Mikkelsen" is "Mikkelsen"), unless it is a particle ("van Dijk"); a name typed all in lower case stays whole.
 */
function ownWords(parts: string[]): string[] {
  const lower = (w: string) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w);
  let i = 0;
  while (i < parts.length - 1 && lower(parts[i]!) && parts.slice(i + 1).some((w) => /^\p{Lu}/u.test(w))) i++;
  return parts.slice(i);
}
