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

/** Where one statement about a day ends and the next begins: "…, and Saturday is 9–3", "; Sunday…", " — then…". */
const STATEMENT_BREAK = /[;—–]|,\s*(?:and|but|while|whereas|then|plus)\b|\b(?:and|but) then\b/gi;

/** The stretch of a sentence around a cue between two statement breaks. */
function statementAround(text: string, at: number): { start: number; text: string } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(STATEMENT_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index > at) {
      end = m.index;
      break;
    }
  }
  return { start, text: text.slice(start, end) };
}

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
    const pinned = (text: string) => findDays(text, now, h).filter((d) => d.date && !d.group && !d.recurring);
    // The day the cue is about is named in its own statement, before the cue or after it ("On Friday we're back to
    // 10–6, and Saturday is 9–3" reopens nothing on Saturday); a statement naming none reads on after the cue.
    const own = statementAround(s.text, cue.index);
    const ownDays = pinned(own.text);
    const after = ownDays.length ? s.text.slice(cue.index, own.start + own.text.length) : s.text.slice(cue.index);
    const days = ownDays.length ? ownDays : pinned(after);
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
