/** Phrases that look negative but do not deny the claim next to them ("no problem", "no purchase needed"). */
const NEUTRAL = [
  /^\W*(?:no|nope|nah)\b(?=\s*[,!.—–-])/gi,
  /\bno (?:problem|worries|trouble|rush|pressure)\b/gi,
  /\bnot a problem\b/gi,
  /\bno purchase (?:needed|necessary|required)\b/gi,
  /\bnot only\b/gi,
  /\bnot sure\b/gi,
  /\bif (?:it'?s|it is) not\b/gi,
  /\bwhy not\b/gi,
  /\bno later than\b/gi,
  /\bno more than\b/gi,
  /\bnothing (?:else )?to worry\b/gi,
  /\bno need to worry\b/gi,
  /\bdon'?t (?:hesitate|worry|forget)\b/gi,
  /\bnot to worry\b/gi,
  /\bno questions? asked\b/gi,
  /\bno strings(?: attached)?\b/gi,
  /\b(?:at|for|with) no (?:extra |additional )?(?:charge|cost)\b/gi,
];

const NEGATION =
  /\b(?:not|no|never|none|neither|nor|nothing|nobody|no-one|no one|cannot|can't|cant|won't|wont|don't|dont|doesn't|doesnt|didn't|isn't|isnt|aren't|arent|wasn't|weren't|shouldn't|wouldn't|couldn't|unable|outside (?:of )?(?:what|our|the)|beyond (?:what|our)|no longer|nope|without)\b|n't\b/i;

/** Removes neutral idioms (and any extra the caller names) so they are not read as negation. */
export function stripNeutral(text: string, extra: RegExp[] = []): string {
  let out = text;
  for (const re of [...NEUTRAL, ...extra]) out = out.replace(re, " ");
  return out;
}

/** True when the text contains a negation cue (after removing neutral idioms and the caller's extras). */
export function isNegated(text: string, extra: RegExp[] = []): boolean {
  // Removing idioms only blanks whole words, so a text with no cue at all has none after it either.
  return NEGATION.test(text) && NEGATION.test(stripNeutral(text, extra));
}

/** The text with every match of the patterns replaced by spaces of the same length (offsets stay valid). */
export function blankOut(text: string, patterns: RegExp[]): string {
  return patterns.reduce((s, re) => s.replace(re, (m) => " ".repeat(m.length)), text);
}

/** True when a negation cue occurs within `window` characters before `index` (or right after it, e.g. "X isn't"). */
export function negatedNear(text: string, index: number, window = 60, extra: RegExp[] = []): boolean {
  const before = text.slice(Math.max(0, index - window), index);
  return isNegated(before, extra);
}

/**
 * Where the words right after a mention stop predicating it: punctuation, or a subordinating word that opens a clause
 * of its own ("repair the carbon so you don't need a new frame", "fit it while you wait, it won't be long").
 */
const NEXT_CLAUSE =
  /[,;:—–]|\b(?:so(?! far| much| many)|because|since|while|when|once|until|if|unless|but|though|although)\b/i;

const wordWindows = new Map<number, RegExp>();

/** The first `n` words of a text, as a pattern compiled once per `n` (a check reads a mention's next words often). */
function firstWords(n: number): RegExp {
  let re = wordWindows.get(n);
  if (!re) {
    re = new RegExp(`^\\s*(?:\\S+\\s*){0,${n}}`);
    wordWindows.set(n, re);
  }
  return re;
}

/**
 * Negation scoped to one mention: a cue anywhere before it in the clause, or right after it ("batteries aren't
 * something we do"). A cue later in the clause ("…swap the battery while it's here, it won't take long") does not
 * reach back to it.
 */
export function negatedAt(text: string, start: number, end: number, after = 5): boolean {
  if (setAside(text.slice(0, start))) return true;
  // Neutral idioms go before the window is cut, so "… at no charge" is not read as a bare "no".
  const next = (stripNeutral(text.slice(end)).split(NEXT_CLAUSE)[0] ?? "").match(firstWords(after))?.[0] ?? "";
  return isNegated(text.slice(0, start)) || isNegated(next);
}

/**
 * "…booked rather than done as a walk-in", "instead of a full service", "as opposed to walking in": the words right
 * after a contrast marker (up to a comma) are the alternative turned down, never a claim of their own.
 */
const SET_ASIDE = /\b(?:rather than|instead of|as opposed to|in place of)\s+(?:[^\s,;:.!?]+\s+){0,5}$/i;

/** True when the text before a mention ends in a turned-down alternative ("… rather than done as a "). */
export function setAside(before: string): boolean {
  return SET_ASIDE.test(before);
}
