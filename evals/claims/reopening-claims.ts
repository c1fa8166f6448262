import type { Handbook } from "../../knowledge-base/index";
import { findClocks } from "./clock-mentions";
import { findDays } from "./day-mentions";
import { isNegated } from "./negation";
import { splitSentences } from "./sentences";

/** "We'll be back Monday at 10", "reopening Tuesday": the day (and hour) the shop is said to open again. */
export interface ReopeningClaim {
  date: string;
  /** Minutes since midnight; null when no hour is given. */
  opens: number | null;
  sentence: string;
}

/** The shop opening again: "reopen", "back (open)", "open again", "open back up". */
const REOPEN =
  /\b(?:re-?open(?:s|ing)?|(?:we'?ll|we will|we'?re|we are)\s+(?:be\s+)?back(?:\s+open)?|back open|open (?:again|back up)|opening again)\b/i;

/**
 * The reopening statements of one reply: a reopening cue and one pinned date in the same sentence (the hour the cue
 * names, when it names one outside a range). A sentence naming several dates is left alone: which one reopens is not
 * settled.
 */
export function reopeningClaims(text: string, now: string, h: Handbook): ReopeningClaim[] {
  const out: ReopeningClaim[] = [];
  for (const s of splitSentences(text)) {
    const cue = REOPEN.exec(s.text);
    if (!cue || isNegated(s.text.slice(0, cue.index)) || /^\W*if\b/i.test(s.text)) continue;
    const after = s.text.slice(cue.index);
    const days = findDays(after, now, h).filter((d) => d.date && !d.group && !d.recurring);
    if (days.length !== 1) continue;
    const { times, ranges } = findClocks(after);
    const time = times.find((t) => !ranges.some((r) => t.start >= r.start && t.end <= r.end));
    out.push({
      date: days[0]!.date!,
      opens: ranges.length ? ranges[0]!.from : (time?.minutes ?? null),
      sentence: s.text,
    });
  }
  return out;
}
