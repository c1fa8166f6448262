/**
 * A value corrected inside the same message ("Thursday — no wait, Friday", "at 10, er, 10:30", "the 14th, I mean the
 * 15th"): the first value and the cue are dropped, so every later reader sees only the value the customer settled on.
 * Only a value followed by a correction cue and then a value OF THE SAME KIND is rewritten ("at 2, no problem" and
 * "Friday or Saturday" stay as typed). Pure; never throws.
 */
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday)`;
const DAY_OF_MONTH = String.raw`(?:the\s+)?\d{1,2}(?:st|nd|rd|th)`;
const MONTH_DAY = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?`;
/** One hesitation or correction word ("no wait", "er", "sorry", "I mean", "make that", "hang on", "my bad"…). */
const CUE_WORD = String.raw`(?:no,?\s+wait|wait|no|nope|er+|erm+|uh+|um+|hmm+|sorry|oops|i\s+mean|i\s+meant|actually|make\s+(?:it|that)|or\s+rather|scratch\s+that|correction|hang\s+on|my\s+bad|let\s+me\s+(?:think|see|check)|on\s+second\s+thoughts?)`;
/** The cue between the two values: a dash or comma, then one or a few such words ("— no sorry, I mean", "no wait, make that"). */
const CUE = String.raw`(?:[.…]{0,3}\s*[,—–-]+\s*|[.…]{0,3}\s+)(?:${CUE_WORD}[,.!:]*(?:\s*[,—–-]+)?\s+){1,4}`;

/** A weekday with its day of the month or its clock time, corrected as one ("Wednesday at 3pm — sorry, Thursday at 3pm"). */
const DAY_VALUE = String.raw`${WEEKDAY}(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th))?(?:,?\s+at\s+${CLOCK})?`;

const KINDS = [DAY_VALUE, MONTH_DAY, DAY_OF_MONTH, WEEKDAY, CLOCK].map(
  (kind) => new RegExp(String.raw`\b(${kind})${CUE}(${kind})(?![\w:])`, "gi"),
);

/** A cue strong enough to correct across a whole aside ("no wait", "hang on", "scratch that", "actually"). */
const LONG_CUE = String.raw`[.…]{0,3}\s*[,—–-]*\s*(?:(?:oh|ah|uh|um|er)[,!]?\s+)?(?:no,?\s+wait|wait|hang\s+on|hold\s+on|scratch\s+that|on\s+second\s+thoughts?|actually|oops|my\s+bad)\b`;
/**
 * "Thursday — no wait, my daughter has swim then, Friday's better": after a strong cue, the first value of the same
 * kind within the next sentence or two replaces the one before the cue; the words between (the reason) stay.
 */
const ACROSS = [DAY_VALUE, CLOCK].map(
  (kind) =>
    new RegExp(String.raw`\b(${kind})(${LONG_CUE}(?:(?!\b${kind}(?![\w:]))[^?]){1,140}?)\b(${kind})(?![\w:])`, "gi"),
);

/** Words that make the value after them a bound of the customer's day ("work till 5", "off at 4"), not a new value. */
const BOUND =
  /\b(?:till|until|til|before|after|from|than|finish(?:es|ing)?(?:\s+work)?(?:\s+at)?|off(?:\s+work)?(?:\s+at)?)\s*$/i;

/** The message with each in-message correction applied (the later value kept, the earlier one and the cue dropped). */
export function applySelfCorrections(text: string): string {
  let out = text;
  const dropped: string[] = [];
  const drop = (first: string, second: string) => {
    const day = new RegExp(`^${WEEKDAY}`, "i").exec(first)?.[0];
    if (day && !new RegExp(String.raw`\b${day}`, "i").test(second)) dropped.push(day);
    // "Monday at 10 — oh wait, you're closed then, Tuesday": only the day is corrected; the clock time said stays.
    const clock = /,?\s+at\s+\S+$/i.exec(first.trimEnd())?.[0];
    const secondDay = new RegExp(`${WEEKDAY}$`, "i").test(second.trim());
    return clock && day && secondDay ? `${second}${clock}` : second;
  };
  for (const re of KINDS) out = out.replace(re, (_m, first: string, second: string) => drop(first, second));
  for (const re of ACROSS)
    out = out.replace(re, (m, first: string, between: string, second: string) =>
      // "5:30 actually, I work till 5": a value said as a bound of the customer's day replaces nothing.
      BOUND.test(between) ? m : drop(first, `${between.replace(/^[^\p{L}]+/u, "")} ${second}`),
    );
  // "…I meant Thursday at 3pm, Wednesday I've got the dentist": the day dropped, named again, is the reason given.
  for (const day of dropped) out = out.replace(new RegExp(String.raw`\b${day}(?![\w'’])`, "gi"), "that day");
  return out;
}
