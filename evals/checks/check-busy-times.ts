import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  type BusyClaim,
  type BusyStance,
  busyClaims,
  busyStances,
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

const WEEKDAYS = ["tue", "wed", "thu", "fri"] as const;

/**
 * A part of the day called quiet (or recommended) inside the busy first hours after opening, or called busy inside the
 * quiet weekday afternoons: judged on each open day it is about (the weekdays when it names none), only when it falls
 * mostly inside the contradicted window on every one of them.
 */
export function wrongStance(h: Handbook, s: BusyStance): TurnProblem | null {
  const rush = h.busy.busiestHoursAfterOpen * 60;
  const quietAfter = hhmmMinutes(h.busy.quietAfter);
  const days = h.hours.filter(
    (d) => d.open && (s.days ? s.days.includes(d.day) : (WEEKDAYS as readonly string[]).includes(d.day)),
  );
  if (!days.length) return null;
  const spans = days.map((d) => {
    const open = hhmmMinutes(d.open!);
    const close = hhmmMinutes(d.close!);
    const from = s.opening ? open : Math.max(s.from, open);
    const to = s.opening ? open + 60 : Math.min(s.to, close);
    return { day: d.day, open, close, from, to };
  });
  if (spans.some((x) => x.from >= x.to)) return null;
  // Mostly inside a window (at least half its length) on every day it is about: "mornings" on a Saturday is 9–12,
  // two thirds of it the 9–11 rush.
  const mostly = (x: (typeof spans)[number], from: number, to: number) =>
    Math.max(0, Math.min(x.to, to) - Math.max(x.from, from)) * 2 >= x.to - x.from;
  if (s.stance === "quiet" && spans.every((x) => mostly(x, x.open, x.open + rush)))
    return {
      reason: `says ${clock(spans[0]!.from)} is a quiet time to come; handbook: ${h.busy.busiest.text} — "${s.text}"`,
      factIds: [h.busy.busiest.id],
    };
  const weekdaysOnly = spans.every((x) => (WEEKDAYS as readonly string[]).includes(x.day));
  if (s.stance === "busy" && weekdaysOnly && spans.every((x) => mostly(x, quietAfter, x.close)))
    return {
      reason: `says ${clock(spans[0]!.from)} onwards is busy; handbook: ${h.busy.quietest.text} — "${s.text}"`,
      factIds: [h.busy.quietest.id],
    };
  return null;
}

const QUIET =
  "(?:quiet(?:est|er)?|calm(?:est)?|less busy|least busy|not (?:too |very )?busy|no (?:wait|queue|line)|short(?:est)? waits?|dead|empty|best time|ideal time)";
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
    for (const s of busyStances(turn.text, turn.userText)) {
      const wrong = wrongStance(h, s);
      if (wrong) return wrong;
    }
    for (const { clauses } of splitMessage(turn.text))
      for (const c of clauses) {
        if (
          MIDDAY_QUIET.test(c.text) &&
          !isNegated(c.text) &&
          !/\bafter (?:2|two)\b|\bbus(?:i|y\b)|\brush\b/i.test(c.text)
        )
          return {
            reason: `says midday is the quiet time; handbook: ${h.busy.quietest.text} — "${c.text}"`,
            factIds: [h.busy.quietest.id],
          };
      }
    return null;
  });
}
