import type { Handbook } from "../../knowledge-base/index";
import {
  claimConfidence,
  clock,
  dayTruth,
  type SpecialHoursClaim,
  type TurnProblem,
  truthText,
  weekdayOn,
} from "../claims/index";

/**
 * An early close or late opening given a date the handbook keeps at its weekday's hours (every date but a listed
 * holiday) is invented. A time equal to the handbook's is right ("closing early on Saturday the 5th — 3 pm"), and
 * so is an "early" close without a time on the week's shortest day (its hours are the early ones).
 */
export function wrongSpecialHours(h: Handbook, claims: readonly SpecialHoursClaim[]): TurnProblem | null {
  const open = h.hours.filter((d) => d.open && d.close).map((d) => dayTruth(h, d.day, null));
  const earliestClose = Math.min(...open.map((t) => (t.open ? t.closes : Infinity)));
  const latestOpen = Math.max(...open.map((t) => (t.open ? t.opens : -Infinity)));
  for (const c of claims) {
    const truth = dayTruth(h, weekdayOn(c.date), c.date);
    if (!truth.open) continue; // a closed date called open is the hours claims' finding
    const wrong =
      c.kind === "early_close"
        ? c.at === null
          ? truth.closes > earliestClose
          : c.at !== truth.closes
        : c.at === null
          ? truth.opens < latestOpen
          : c.at !== truth.opens;
    if (!wrong) continue;
    const said = c.kind === "early_close" ? "closes early" : "opens late";
    return {
      reason: `says the shop ${said}${c.at === null ? "" : ` (${clock(c.at)})`} on ${truth.label}; handbook: ${truthText(truth)}, the weekday's regular hours — "${c.sentence}"`,
      factIds: [truth.factId],
      confidence: claimConfidence(c.link, c.sentence, c.at !== null),
    };
  }
  return null;
}
