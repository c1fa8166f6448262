import type { Handbook } from "../../knowledge-base/index";
import { knownWords, nearKnown } from "../understanding/known-words";
import { detectServices } from "./detect-services";

/**
 * A shop keyword used in another sense ("my motor skills", "my week has been flat", "my battery's dead after a night
 * shift") names no service or e-bike item. Read from the word's role in its clause, with the handbook's own words as
 * the bike side:
 * - modifier of a head the shop does not know ("motor skills", "flat white", "battery life"): that head's sense;
 * - predicate of a subject that is no bike thing ("my week has been totally flat", "I'm feeling flat"): the subject's;
 * - an e-bike-only word with no e-bike talked about, in a clause with a word the shop does not know: about something
 *   else ("battery dead after a night shift"), not the e-bike item.
 */
export function withoutOtherSenses(h: Handbook, text: string, earlier: string[] = []): string {
  const { single, ebikeOnly, bike } = keywordsOf(h);
  const known = knownWords(h);
  const ebikeTalk = EBIKE.test(text) || earlier.slice(-2).some((m) => EBIKE.test(m));
  let out = text;
  for (const clause of text.matchAll(CLAUSE)) {
    const c = clause[0];
    const words = [...c.matchAll(/[\p{L}\d'’]+/gu)];
    const unknownIn = words.some(
      (w) => w[0].length >= 4 && !/ly$|\d/i.test(w[0]) && !known.has(w[0].toLowerCase().replace(/'/g, "")),
    );
    words.forEach((w, i) => {
      const word = w[0].toLowerCase().replace(/['’]s$/, "");
      if (!single.has(word)) return;
      const next = words[i + 1];
      // The head noun must follow at once (no comma or clause break between).
      const adjacent = next && /^\s+$/.test(c.slice(w.index + w[0].length, next.index));
      const head = adjacent ? next[0].toLowerCase() : "";
      // A misspelt bike word ("flat tyer") is still the bike's.
      const subject = predicateSubject(words.slice(0, i).map((x) => x[0].toLowerCase()));
      // The keyword modifies the subject's head noun: "my motor skills are…", "her battery life is…".
      const det = DETERMINER.test(words[i - 1]?.[0].toLowerCase() ?? "");
      const verb = words[i + 2]?.[0].toLowerCase() ?? "";
      // "Had a flat white and…": an object's head noun ends the phrase, so it is the head even when the shop knows
      // the word ("white"), unless it is no noun ("a flat again today").
      // "Need a cable fixed", "a flat sorted": a participle after it is what is done to the bike's thing.
      // Only a word the shop knows in another sense ("white"): an unknown head may be a bike part ("carbon seatstay").
      const objectHead =
        OBJECT_END.test(verb) &&
        head.length >= 4 &&
        known.has(head) &&
        !NOT_A_HEAD.test(head) &&
        !/(?:ed|ing|en)$|^(?:done|gone)$/.test(head);
      const modifier =
        subject === null &&
        det &&
        (LINK.test(verb) || AUX.test(verb) || objectHead) &&
        head.length >= 3 &&
        (objectHead || !known.has(head.replace(/'/g, ""))) &&
        !bike.has(head) &&
        // An object's head is read as written ("white" is no slip of "while"); only swapped letters ("tyer") are a slip.
        (objectHead || !nearKnown(bike, head)) &&
        !anagramOf(bike, head);
      const predicate = subject !== null && !bike.has(subject) && !THING.test(subject) && !ASKED.test(subject);
      const elsewhere =
        ebikeOnly.has(word) && !ebikeTalk && unknownIn && detectServices(h, text.replace(c, " ")).length > 0;
      if (modifier || predicate || elsewhere) {
        const at = (clause.index ?? 0) + w.index;
        out = out.slice(0, at) + " ".repeat(w[0].length) + out.slice(at + w[0].length);
      }
    });
  }
  // Set phrases whose shop word has another sense whatever surrounds them ("a flat white", "a flat rate").
  return out.replace(SET_PHRASE, (m) => " ".repeat(m.length));
}

/** A shop word in a set phrase of another sense: coffee, a fixed price, furniture, a footprint, a skill, a phone. */
const SET_PHRASE =
  /\b(?:flat(?= (?:whites?|rate|fee|pack|screen|mate|cap|share)\b)|carbon(?= (?:footprint|offset|copy|monoxide|neutral)\b)|motor(?= (?:skills|way|insurance|home)\b))/gi;

/** A word with two letters swapped ("tyer") is the bike word it spells. */
function anagramOf(words: Set<string>, w: string): boolean {
  const key = [...w].sort().join("");
  for (const b of words) if (b.length === w.length && b[0] === w[0] && [...b].sort().join("") === key) return true;
  return false;
}

const EBIKE = /\b(e-?bikes?|electric)/i;
/** Clauses: split at sentence punctuation, commas, dashes and emoji (a feeling told beside a question). */
const CLAUSE = /[^.?!;,\n—–\p{Extended_Pictographic}]+/gu;
/** Words standing for a thing already talked about ("it's flat", "the front one went flat", "both are flat"). */
const THING = /^(it|its|it's|one|ones|mine|both|they|they're|them|that|this|these|those|what|which|tyres?|tires?)$/;
/** Words that ask for the subject after the verb ("how much is truing…", "what is a tune", "is there a flat…"). */
const ASKED = /^(much|many|what|what's|whats|which|who|how|there|here|where|when|why|long|often|soon)$/;
/** Linking verbs before a predicate word ("is", "has been", "went", "feels"). */
const LINK =
  /^(is|isn't|are|aren't|was|wasn't|were|be|been|being|am|'s|'re|'m|feel|feels|felt|feeling|seem|seems|seemed|went|gone|goes|go|going|get|gets|got|getting|looks?|looked|sounds?)$/;
/** Words opening a noun phrase ("my motor skills", "the battery life"). */
/** What ends a noun phrase as an object ("had a flat white and…", "a flat white this morning"): "" is the clause end. */
const OBJECT_END = /^(|and|but|so|then|with|this|today|before|after|earlier|while|first|now|too|lol|haha)$/;
/** Words after a keyword that are no head noun ("a flat again", "a flat today", "a flat earlier"). */
const NOT_A_HEAD =
  /^(again|today|tonight|yesterday|tomorrow|earlier|already|still|just|this|that|these|those|there|here|when|which|while|after|before|since|from|with|then|again|twice|once|instead|anyway|please|though|tho|too|also|either|then|front|rear|back|tyre|tire|wheel|tube|swap|swaps|change|fix|fixes|repair|repairs|replacement|job|jobs|work|service|check|patch|kit|issue|problem|noise)$/;
const DETERMINER = /^(my|your|his|her|our|their|the|this|that|these|those|a|an|some)$/;
/** Auxiliaries after a subject ("my motor skills have…", "…can't"). */
const AUX = /^(have|has|had|do|does|did|don't|doesn't|didn't|will|won't|can|can't|could|couldn't|need|needs)$/;
/** Degree words between a linking verb and its predicate ("totally", "a bit", "kinda"). */
const DEGREE = /^(\w+ly|so|very|pretty|kinda|kind|of|quite|bit|little|all|too|rather|real|super|dead|still|now)$/;

/**
 * The subject of a predicate ending at the keyword ("my week has been totally [flat]" → "week"), "i" for a contracted
 * "I'm"; null when the keyword is no predicate or no subject stands before the linking verb.
 */
function predicateSubject(before: string[]): string | null {
  let i = before.length - 1;
  while (i >= 0 && DEGREE.test(before[i]!)) {
    i--;
    // "a bit", "a little": the article belongs to the degree word.
    if (i >= 0 && before[i] === "a" && /^(bit|little)$/.test(before[i + 1]!)) i--;
  }
  const contracted = i >= 0 ? /^(\p{L}+)('s|'re|'m|’s|’re|’m)$/u.exec(before[i]!) : null;
  if (contracted) return contracted[1]!;
  if (i < 0 || !LINK.test(before[i]!)) return null;
  i--;
  while (i >= 0 && /^(has|have|had|been|is|was|will|would|to|just|really|always|never)$/.test(before[i]!)) i--;
  return i >= 0 ? before[i]!.replace(/['’]s$/, "") : null;
}

const cache = new WeakMap<Handbook, { single: Set<string>; ebikeOnly: Set<string>; bike: Set<string> }>();

/** The one-word keywords of services and not-offered items, the e-bike-only ones, and every word of those entries. */
function keywordsOf(h: Handbook): { single: Set<string>; ebikeOnly: Set<string>; bike: Set<string> } {
  const hit = cache.get(h);
  if (hit) return hit;
  const single = new Set<string>();
  const ebikeOnly = new Set<string>();
  const bike = new Set<string>([
    "bike",
    "bikes",
    "bicycle",
    "ebike",
    "wheel",
    "wheels",
    "tyre",
    "tire",
    "tyres",
    "tires",
    "front",
    "rear",
    "back",
  ]);
  const walk = (v: unknown): void => {
    if (typeof v === "string") for (const w of v.toLowerCase().match(/\p{L}+/gu) ?? []) bike.add(w);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(h.services);
  walk(h.notOffered);
  for (const s of [...h.services, ...h.notOffered])
    for (const a of s.aliases)
      if (!/\s|-/.test(a)) {
        single.add(a);
        if (s.id.startsWith("ebike.")) ebikeOnly.add(a);
      }
  // Words the shop's entries use in their own sense and never as a predicate or modifier of something else.
  for (const w of ["i", "you", "we", "he", "she", "my", "your"]) bike.delete(w);
  const out = { single, ebikeOnly, bike };
  cache.set(h, out);
  return out;
}
