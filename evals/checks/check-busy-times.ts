import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  type BusyClaim,
  busyClaims,
  clock,
  firstFailingTurn,
  hhmmMinutes,
  isNegated,
  splitMessage,
  type TurnProblem,
} from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** A busy-period extent that contradicts the handbook: the first N hours after opening are the busiest, quiet after Q. */
function wrongExtent(h: Handbook, c: BusyClaim): TurnProblem | null {
  const n = h.busy.busiestHoursAfterOpen;
  if (c.kind === "busy_span")
    return c.hours === n
      ? null
      : {
          reason: `says the busy spell is the first ${c.hours} hour(s) after opening; handbook: ${h.busy.busiest.text} — "${c.text}"`,
          factIds: [h.busy.busiest.id],
        };
  if (c.kind === "busy_range") {
    // The busy window of each open day the statement is about (every open day when it names none).
    const windows = h.hours
      .filter((d) => d.open && (c.days === null || c.days.includes(d.day)))
      .map((d) => hhmmMinutes(d.open!));
    if (!windows.length || windows.some((open) => c.from === open && c.to === open + n * 60)) return null;
    return {
      reason: `says the busiest time is ${clock(c.from)}–${clock(c.to)}; handbook: ${h.busy.busiest.text} — "${c.text}"`,
      factIds: [h.busy.busiest.id],
    };
  }
  const quietAfter = hhmmMinutes(h.busy.quietAfter);
  // "quieter after noon" is true once the morning rush ends; only "quietest after noon" or a quiet rush hour is wrong.
  const earliestOpen = Math.min(...h.hours.filter((d) => d.open).map((d) => hhmmMinutes(d.open!)));
  const inRush = c.from < earliestOpen + n * 60;
  if (c.from >= quietAfter || (!c.superlative && !inRush)) return null;
  return {
    reason: `says it is quiet${c.superlative ? "est" : ""} from ${clock(c.from)}; handbook: ${h.busy.quietest.text} — "${c.text}"`,
    factIds: [h.busy.quietest.id, h.busy.busiest.id],
  };
}

const MORNING =
  "(?:first thing|come early|right at (?:9|10)\\b|right (?:at|when we) open\\w*|at opening|when we open|as soon as we open|early (?:in the )?morning|mornings?|opening time|10 ?am|9 ?am)";
const QUIET =
  "(?:quiet(?:est|er)?|calm(?:est)?|less busy|least busy|not (?:too |very )?busy|no (?:wait|queue|line)|short(?:est)? waits?|dead|empty|best time|ideal time)";
const MORNING_QUIET = new RegExp(
  `\\b${MORNING}\\b[^.;]{0,40}?\\b${QUIET}\\b|\\b${QUIET}\\b[^.;]{0,40}?\\b${MORNING}\\b`,
  "i",
);
const AFTERNOON_BUSY =
  /\bafter (?:2|two)\b(?: ?[ap]\.?m\.?)?[^.;]{0,25}?\b(?:busy|busier|busiest|packed|crowded|hectic)\b|\bafternoon rush\b|\bafternoons? (?:are|is|get|gets|tend to be|can be|will be)\s+(?:\w+\s+)?(?:busiest|busy|packed|crowded|hectic|our rush)\b|\b(?:busiest|rush)\b (?:time |period |hours? )?(?:is|are|tends to be|will be) (?:\w+ )?(?:in the |the |weekday |late )?afternoons?\b/i;

/** "quietest around lunchtime": the quiet time is after 2pm, not the middle of the day. */
const MIDDAY_QUIET = new RegExp(
  `\\b${QUIET}\\b[^.;]{0,40}?\\b(?:lunch(?:time)?|midday|noon|12(?::00)? ?pm)\\b|\\b(?:lunch(?:time)?|midday)\\b[^.;]{0,30}?\\b${QUIET}\\b`,
  "i",
);

/** bad_data: busy-time advice contradicting the handbook (the first two hours after opening are the busiest). */
export function checkBusyTimes(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-busy-times", "bad_data", (turn) => {
    for (const c of busyClaims(turn.text)) {
      const wrong = wrongExtent(h, c);
      if (wrong) return wrong;
    }
    for (const { clauses } of splitMessage(turn.text))
      for (const c of clauses) {
        if (MORNING_QUIET.test(c.text) && !isNegated(c.text) && !/\bbus(?:i|y\b)|\brush\b/i.test(c.text))
          return {
            reason: `says mornings / opening time are quiet; handbook: ${h.busy.busiest.text} — "${c.text}"`,
            factIds: [h.busy.busiest.id],
          };
        if (
          MIDDAY_QUIET.test(c.text) &&
          !isNegated(c.text) &&
          !/\bafter (?:2|two)\b|\bbus(?:i|y\b)|\brush\b/i.test(c.text)
        )
          return {
            reason: `says midday is the quiet time; handbook: ${h.busy.quietest.text} — "${c.text}"`,
            factIds: [h.busy.quietest.id],
          };
        if (AFTERNOON_BUSY.test(c.text) && !isNegated(c.text) && !/\bquiet/i.test(c.text))
          return {
            reason: `says afternoons are busy; handbook: ${h.busy.quietest.text} — "${c.text}"`,
            factIds: [h.busy.quietest.id],
          };
      }
    return null;
  });
}
