import { DAY_NAMES, MONTH_NAMES, NOT_NAME, PARTICLES, SHORT_SURNAMES, TITLES } from "./name-words";

/** One word of a name: letters, with apostrophes, full stops and hyphens inside. */
export const WORD = "\\p{L}[\\p{L}'’.-]*";

/**
 * The name a run of words starts with, written as a name is (capitals, particles lower case, an initial's full stop
 * kept), or null when the first word cannot start one (a possessive phrase, a yes/no or courtesy word, a digit).
 */
export function cleanName(words: string[]): string | null {
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    // An initial keeps its full stop ("Chris P."); any other word loses trailing punctuation.
    const bare = /^\p{L}\.$/u.test(w) ? w : w.replace(/[.,!?]+$/, "");
    const lower = bare.toLowerCase();
    // "It's St Patrick's Day", "I'm Mike's dad": a possessive makes a phrase, not a name.
    if (/\p{L}['’]s$/u.test(bare)) return null;
    // "Dr. Imani Wells", "Mrs Okafor": a title before a capitalised name is kept as written.
    if (i === 0 && TITLES.has(lower) && /^\p{Lu}/u.test(words[1] ?? "") && /^\p{L}+\.?$/u.test(w)) {
      kept.push(w[0]!.toUpperCase() + w.slice(1));
      continue;
    }
    const second = words[1] ?? "";
    // "June Whitaker", "Sunday Adeyemi": a month or day as a first name, only with a surname after it.
    const month =
      i === 0 &&
      (MONTH_NAMES.has(lower) || (DAY_NAMES.has(lower) && /^\p{Lu}/u.test(second))) &&
      words.length > 1 &&
      !NOT_NAME.has(second.toLowerCase());
    // A short capitalised word after a first name is a surname even when it is also a word ("Nguyen An", "Minh Do").
    const short = i > 0 && kept.length > 0 && /^\p{Lu}\p{Ll}{1,2}$/u.test(bare) && SHORT_SURNAMES.has(lower);
    if (
      !/\p{L}/u.test(bare) ||
      (NOT_NAME.has(lower.replace(/['’]s$/, "")) && !month && !short) ||
      /\d/.test(bare) ||
      /^i['’]/i.test(bare)
    )
      break;
    // A particle stays lower case, and only between two parts of a name, or leading a surname written first ("van
    // der Berg, Willem"); an elided one keeps its case ("d'Aubigné").
    const next = words[i + 1] ?? "";
    const leads = i === 0 && bare === lower && (PARTICLES.has(next.toLowerCase()) || /^\p{Lu}/u.test(next));
    const particle = (i > 0 || leads) && PARTICLES.has(lower) && i < words.length - 1;
    const elided = /^\p{Ll}{1,2}['’]\p{Lu}/u.test(bare);
    // Each part of a double-barrelled name written in lower case gets its capital ("josé-maría" → "José-María").
    const capital = bare === lower ? bare.replace(/(^|-)(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase()) : bare;
    kept.push(particle || elided ? (elided ? bare : lower) : capital[0]!.toUpperCase() + capital.slice(1));
    // A sentence ends the name ("I'm Grace Berg. I'd like…"); a lone initial ("J.") does not.
    if (/[.,!?;]$/.test(w) && !/^\p{L}\.$/u.test(w)) break;
  }
  while (kept.length > 1 && PARTICLES.has(kept.at(-1)!)) kept.pop();
  if (kept.length === 1 && TITLES.has(kept[0]!.replace(/\.$/, "").toLowerCase())) return null;
  return kept.length ? kept.join(" ") : null;
}
