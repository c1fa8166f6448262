/**
 * A value restated later in the same message with a replacing cue ("truing monday at 10. oh, you're closed then —
 * make it tuesday", "the 22nd. my partner needs the car, so let's say the 23rd", "2pm… actually change that to 3"):
 * every earlier value of the same kind (weekday, day of the month, month and day, clock time) is read as the later
 * one, so the readers after see one settled value. A value with no replacing cue before it ("Friday or Saturday",
 * "at 2, or 3 if easier") leaves the message as typed. Pure; never throws.
 */
const WEEKDAY = `(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon|midday)`;
/** A clock time written without its "am/pm" counts only where it is said as one ("at 10", "@ 4"). */
const BARE_CLOCK = String.raw`(?<=\b(?:at|@|for|around|about|by)\s+)\d{1,2}`;
const DAY_OF_MONTH = String.raw`(?:the\s+)?\d{1,2}(?:st|nd|rd|th)`;
const MONTH_DAY = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?`;
/** The words that put a later value in place of an earlier one. */
const REPLACING = String.raw`(?:make\s+(?:it|that|mine)|change\s+(?:it\s+|that\s+)?to|switch\s+(?:it\s+)?to|move\s+(?:it\s+)?to|let'?s\s+(?:say|do|go\s+(?:with|for))|go\s+(?:with|for)|(?:can|could)\s+(?:we|you|i)\s+(?:do|say|go\s+for)|(?:better|rather)\s+(?:do\s+)?|actually|instead\s+(?:do|go\s+for))`;

const KINDS = [MONTH_DAY, DAY_OF_MONTH, WEEKDAY, CLOCK];
const END = String.raw`(?![\w:])`;

/** The message with every earlier value of a restated kind read as the value it was replaced by. */
export function applyRestatedValues(text: string): string {
  let out = text;
  for (const kind of KINDS) {
    // After the cue a bare hour is a clock time too ("so let's say 11"), not a count ("make it 2 wheels").
    const said =
      kind === CLOCK ? String.raw`${CLOCK}|\d{1,2}(?!\s*(?:st|nd|rd|th|wheels?|bikes?|days?|weeks?|of)\b)` : kind;
    const later = new RegExp(String.raw`\b${REPLACING}\s+(?:on\s+|at\s+|for\s+)?(${said})${END}`, "gi");
    const last = [...out.matchAll(later)].at(-1);
    if (!last || last.index === undefined) continue;
    const value = last[1]!;
    const cueAt = last.index;
    // Only a value said in an earlier sentence or clause is replaced: "make it 3 or 4" stays as typed.
    const before = out.slice(0, cueAt);
    if (!/[.!;,—–-]|\b(?:so|but)\b/.test(before)) continue;
    const earlier =
      kind === CLOCK
        ? new RegExp(String.raw`\b(?:${CLOCK})${END}|${BARE_CLOCK}${END}`, "gi")
        : new RegExp(String.raw`\b${kind}${END}`, "gi");
    const replaced = before.replace(earlier, (m) => (sameValue(m, value) ? m : value));
    if (replaced !== before) out = replaced + out.slice(cueAt);
  }
  return out;
}

const sameValue = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, "") === b.toLowerCase().replace(/\s+/g, "");
