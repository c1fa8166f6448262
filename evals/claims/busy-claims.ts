import { WEEKDAY_ALIASES, type Weekday } from "../../knowledge-base/index";
import { findClocks } from "./clock-mentions";
import { isNegated } from "./negation";
import { splitMessage } from "./sentences";

/** A busy-period statement with its extent: "the rush is the first hour", "busiest 10 to 11", "quiet after noon". */
export type BusyClaim =
  /** The busy spell said to last the first `hours` after opening. */
  | { kind: "busy_span"; hours: number; text: string }
  /** The busy spell said to run between two clock times (minutes), on `days` when the clause names them. */
  | { kind: "busy_range"; from: number; to: number; days: Weekday[] | null; text: string }
  /** The quiet spell said to start at a clock time (minutes). */
  | { kind: "quiet_from"; from: number; superlative: boolean; text: string };

/** The definite busy spell ("the rush", "busiest", "peak"): its extent is a claim about the whole spell. */
const BUSIEST = /\b(?:rush|busiest|peak|most (?:crowded|hectic)|slammed|heaviest)\b/i;
const QUIET = /\b(?:quiet(?:est|er)?|calm(?:est|er)?|least busy|less busy|slow(?:est|er)?|dead)\b/i;
const WORD_HOURS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, "a couple of": 2, couple: 2 };
/** "the first hour", "first two hours", "the first 90 minutes", "the first couple of hours after we open". */
const FIRST_SPAN =
  /\bfirst\s+(?:(hour)|(half[- ]hour)|(\d+(?:\.\d+)?|one|two|three|four|couple(?: of)?)\s+(hours?|minutes|mins))\b/i;
const HOURS_BEFORE = /\b(?:open|opens|opening hours|hours are|we'?re in)\s+(?:from\s+)?$/i;
const DAY_WORDS =
  /\b(?:weekdays?|week ?days|saturdays?|mon(?:day)?s?|tue(?:sday)?s?|wed(?:nesday)?s?|thu(?:rsday)?s?|fri(?:day)?s?)\b/gi;

/** The days a clause names for a busy range ("on weekdays", "Saturdays"); null when it names none. */
export function daysIn(text: string): Weekday[] | null {
  const out = new Set<Weekday>();
  for (const m of text.matchAll(DAY_WORDS)) {
    const w = m[0].toLowerCase();
    if (w.startsWith("week")) for (const d of ["tue", "wed", "thu", "fri"] as const) out.add(d);
    else {
      const d = WEEKDAY_ALIASES[w.slice(0, 3)];
      if (d) out.add(d);
    }
  }
  return out.size ? [...out] : null;
}

function spanHours(m: RegExpExecArray): number | null {
  if (m[1]) return 1;
  if (m[2]) return 0.5;
  const n = m[3]!.toLowerCase().replace(/ of$/, "");
  const value = WORD_HOURS[n] ?? Number(n);
  if (!Number.isFinite(value)) return null;
  return /^min/i.test(m[4]!) ? value / 60 : value;
}

/**
 * The busy-period extents one reply states, read per sentence: a busy spell as the first N hours after opening or
 * as a clock range, and the time a quiet spell starts. Negated statements and bare "busy" remarks (no extent) give
 * nothing; so do conditions ("if you come after 2").
 */
export function busyClaims(text: string): BusyClaim[] {
  const out: BusyClaim[] = [];
  for (const { sentence, clauses } of splitMessage(text)) {
    const s = sentence.text;
    if (BUSIEST.test(s) && !isNegated(s)) {
      const span = FIRST_SPAN.exec(s);
      const hours = span ? spanHours(span) : null;
      if (hours !== null) out.push({ kind: "busy_span", hours, text: s });
      else {
        // The range in the clause that names the busy spell, not opening hours said beside it ("open 9–3, and 9 to 11 is the rush").
        const clause = clauses.find((c) => BUSIEST.test(c.text))?.text ?? s;
        const range = findClocks(clause).ranges.find((r) => !HOURS_BEFORE.test(clause.slice(0, r.start)));
        if (range) out.push({ kind: "busy_range", from: range.from, to: range.to, days: daysIn(s), text: s });
      }
    }
    for (const c of clauses) {
      if (!QUIET.test(c.text) || isNegated(c.text) || BUSIEST.test(c.text) || /^\W*if\b/i.test(c.text)) continue;
      const after = /\b(?:after|from|past)\s+$/i;
      const t = findClocks(c.text).times.find((x) => after.test(c.text.slice(0, x.start)));
      const superlative = /\b(?:quietest|calmest|least busy|slowest)\b/i.test(c.text);
      if (t) out.push({ kind: "quiet_from", from: t.minutes, superlative, text: c.text });
    }
  }
  return out;
}
