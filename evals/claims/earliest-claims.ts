import type { Handbook } from "../../knowledge-base/index";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { findClocks } from "./clock-mentions";
import { findDays } from "./day-mentions";
import { isNegated } from "./negation";
import { splitSentences } from "./sentences";

/**
 * The earliest booking a reply states ("the soonest I can book you is Wednesday at 10", "first free slot tomorrow is
 * 9:30"): the date and, when said, the time. `reasoned`: the reply gives a notice rule as the reason ("because bookings
 * need a full day's notice"), so a later earliest than the handbook's is the rule misapplied, not a slot taken.
 */
export interface EarliestClaim {
  date: string;
  time: number | null;
  reasoned: boolean;
  sentence: string;
}

const EARLIEST =
  /\b(?:earliest|soonest|first (?:available|free|open|possible|bookable)|next (?:available|free|open|bookable))\b/i;
/** A notice rule given as the reason for the earliest day or time. */
const NOTICE_REASON =
  /\b(?:notice|in advance|ahead of time|too soon|too short|lead time|(?:hours?|days?) ahead|from now|full (?:business |working )?day)\b/i;
/** A time that bounds the day's hours or slots ("open until 7 pm", "slots run to 6"), not the earliest slot itself. */
const WINDOW_WORD = /\b(?:until|till|til|to|up to|through|from|between|and|open|opens|close[sd]?|closing|run)\s*$/i;
/** Walk-in talk: no booking, so no earliest booking either. */
const WALK_IN = /\bwalk[- ]?ins?\b|\bno (?:appointment|booking) (?:needed|necessary|required)\b/i;

function extract(turn: AssistantTurn, now: string, h: Handbook): EarliestClaim[] {
  if (WALK_IN.test(turn.text)) return [];
  const reasoned = NOTICE_REASON.test(turn.text);
  const out: EarliestClaim[] = [];
  for (const s of splitSentences(turn.text)) {
    const cue = EARLIEST.exec(s.text);
    if (!cue || isNegated(s.text.slice(0, cue.index))) continue;
    const after = s.text.slice(cue.index);
    const day = findDays(after, now, h).find((d) => d.date && !d.group && !d.recurring);
    if (!day?.date) continue;
    const { times, ranges } = findClocks(after);
    // A time after the cue, not inside a range ("10 to 6" are hours, not the slot).
    const time = times.find(
      (t) =>
        t.explicit &&
        !ranges.some((r) => t.start >= r.start && t.end <= r.end) &&
        !WINDOW_WORD.test(after.slice(Math.max(0, t.start - 24), t.start)),
    );
    out.push({ date: day.date, time: time?.minutes ?? null, reasoned, sentence: s.text });
  }
  return out;
}

/** The earliest bookings an assistant reply states, resolved against `now` (memoised per turn). */
export const earliestClaims = perTurn(extract);
