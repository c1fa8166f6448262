import { cleanName, WORD } from "./name-clean";
import { PARTICLES } from "./name-words";

/** A bare answer's lead-in: an agreement word (group 1) and a cue such as "it's" (group 2), both optional. */
// The lead-in words end at a word's end: "Imani" and "Itsuki" are names, not "I'm ani" / "its uki".
const BARE_LEAD =
  /^\s*(?:(sure|ok|okay|yes|yeah|yep|alright)[,!.\s]+)?(?:(it'?s|its|i'?m|i am|this is|name'?s|just)(?![\p{L}\p{N}]))?\s*/iu;
/** A courtesy after a bare answer ("just Mo is fine", "Ana please"). */
const BARE_TAIL = /\s+(?:is fine|is ok|is okay|is good|will do|works|please|pls|thanks|thank you|cheers)[\s.!]*$/iu;

/**
 * The names a message gives when a name was asked for: a bare answer ("just Mo is fine", "ana lima"), a surname written
 * first ("van der Berg, Willem": `turned`, kept as written, the only reading), a name as the first sentence before a
 * question or a remark about it, or as the last sentence after a word of assent. In the order found; none settled.
 */
export function answeredNames(text: string): { turned: string } | { names: string[] } {
  const out: string[] = [];
  const lead = BARE_LEAD.exec(text)!;
  // "王小明 (Xiaoming Wang)": the name as written, its spelling in another script in brackets after it.
  const bare = text
    .slice(lead[0].length)
    .replace(/\s*\([^()]{1,60}\)\s*$/u, "")
    .replace(BARE_TAIL, "")
    .replace(/(?<!(?:^|\s)\p{Lu})[\s.!,;:—–]+$/u, "")
    .trim();
  // "van der Berg, Willem": the surname written first, kept as written.
  const turned = /^([^,]+),\s*([^,]+)$/u.exec(bare);
  if (turned) {
    const [family, given] = [turned[1]!.trim().split(/\s+/), turned[2]!.trim().split(/\s+/)];
    const [a, b] = [cleanName(family), cleanName(given)];
    const whole = (x: string | null, n: string[]) => x !== null && x.split(" ").length === n.length;
    const wordy = [...family, ...given].every((w) => new RegExp(`^${WORD}$`, "u").test(w));
    if (wordy && family.length <= 3 && given.length <= 2 && whole(a, family) && whole(b, given))
      return { turned: `${a}, ${b}` };
  }
  const words = bare.split(/\s+/).filter(Boolean);
  // "sure thing", "ok cool": an agreement word run straight into a lower-case word is a phrase, not a name.
  const phrase = Boolean(lead[1]) && !lead[2] && !/[,!.]/.test(lead[0]) && /^\p{Ll}/u.test(bare);
  const core = words.filter((w, i) => i === 0 || !PARTICLES.has(w.toLowerCase())).length;
  if (
    !phrase &&
    core >= 1 &&
    core <= 3 &&
    words.length <= 5 &&
    words.every((w) => new RegExp(`^${WORD}$`, "u").test(w))
  ) {
    const name = cleanName(words);
    if (name && name.split(" ").length === words.length) out.push(name);
  }
  // "Just Oluwaseun. I only go by the one name": a cue's first sentence is the name, the rest says something about it.
  const firstSentence = lead[2]
    ? /^((?:\p{L}[\p{L}'’-]*\s+){0,2}\p{L}[\p{L}'’-]*)[.!;]\s+\S/u.exec(bare)?.[1]
    : undefined;
  const firstName = firstSentence ? cleanName(firstSentence.split(/\s+/)) : null;
  if (firstName && firstName.split(" ").length === firstSentence!.split(/\s+/).length) out.push(firstName);
  // "Ana María de la Cruz. Do I pay now or at pickup?": the name asked for, written as the first sentence before
  // anything else, capitalised as a name is.
  const lead2 = /^((?:\p{L}[\p{L}'’-]*\s+){1,4}\p{L}[\p{L}'’-]*)[.!;]\s+\S/u.exec(bare)?.[1]?.split(/\s+/);
  const capitalised = lead2?.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(w)));
  const leadCore = lead2?.filter((w, i) => i === 0 || !PARTICLES.has(w.toLowerCase())).length ?? 0;
  const leadName = capitalised && leadCore <= 3 ? cleanName(lead2!) : null;
  if (leadName && leadName.split(" ").length === lead2!.length) out.push(leadName);
  // "Bob. Just Bob. and my number's …": one capitalised word as the first sentence, said again or given beside a
  // contact, is the name.
  const one = /^(\p{Lu}[\p{L}'’-]+)[.!;]\s+\S/u.exec(bare)?.[1];
  const again = one && new RegExp(`\\b${one}\\b`, "u").test(bare.slice(one.length));
  const oneName =
    one && (again || /@|\d{3}|\b(?:number|phone|mobile|cell|email|e-mail)\b/i.test(bare)) ? cleanName([one]) : null;
  if (oneName && !out.includes(oneName)) out.push(oneName);
  // "Noor, and I might bring a second bike" / "Ines. quick question first": the name asked for, capitalised as a name
  // is, as a first clause of one or two words before a remark that goes on about something else.
  const clause = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[.,;!—–-]+\s+\S/u.exec(bare)?.[1]?.split(/\s+/);
  const filler = clause && /^(?:oh|um+|uh+|er+m?|ah+|hm+|well|so|and|but)$/i.test(clause[0]!);
  const clauseName = clause && !filler ? cleanName(clause) : null;
  if (clauseName && clauseName.split(" ").length === clause!.length && !out.includes(clauseName)) out.push(clauseName);
  // "yep noon works. Priya Raman": the name asked for, as the last sentence after a word of assent.
  const last = /[.!;,]\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]*)[\s.!]*$/u.exec(text)?.[1];
  const lastName = last ? cleanName(last.split(/\s+/)) : null;
  if (lastName && lastName.split(" ").length === last!.split(/\s+/).length) out.push(lastName);
  return { names: out };
}
