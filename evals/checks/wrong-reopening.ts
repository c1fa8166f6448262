import type { Handbook } from "../../knowledge-base/index";
import { clock, dayTruth, type ReopeningClaim, type TurnProblem, truthText, weekdayOn } from "../claims/index";

/** The first reopening a reply states that the handbook contradicts: a closed day, or another opening hour. */
export function wrongReopening(h: Handbook, claims: readonly ReopeningClaim[]): TurnProblem | null {
  for (const c of claims) {
    const truth = dayTruth(h, weekdayOn(c.date), c.date);
    const says = (what: string) => ({
      reason: `says the shop ${what}; handbook: ${truth.label} ${truthText(truth)} — "${c.sentence}"`,
      factIds: [truth.factId],
    });
    if (!truth.open) return says(`reopens on ${truth.label}`);
    if (c.opens !== null && c.opens !== truth.opens) return says(`reopens at ${clock(c.opens)} on ${truth.label}`);
  }
  return null;
}
