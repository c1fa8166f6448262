import { type Handbook, handbook } from "../../knowledge-base/index";
import { clock, dayTruth, firstFailingTurn, type HoursClaim, type TurnProblem, turnHoursClaims } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";
import { effectiveClaims } from "./check-hours-claims";

/** The first drop-off slot window in a message that contradicts the slot policy (opening until an hour before close). */
export function wrongSlotClaim(h: Handbook, claims: HoursClaim[]): TurnProblem | null {
  const lastGap = h.booking.lastSlotBeforeCloseMinutes;
  for (const c of effectiveClaims(claims)) {
    if (!c.slots) continue;
    const truth = dayTruth(h, c.day, c.date);
    if (!truth.open) continue; // an open claim on a closed day is the hours check's finding
    const last = truth.closes - lastGap;
    const fromOk = c.slots.from === null || c.slots.from === truth.opens;
    const toOk = c.slots.to === null || c.slots.to === last || (!c.slots.strict && c.slots.to === truth.closes);
    if (!fromOk || !toOk)
      return {
        reason: `says ${truth.label} drop-off slots ${c.slots.from === null ? "" : `from ${clock(c.slots.from)} `}until ${clock(c.slots.to ?? last)}; handbook: ${clock(truth.opens)}–${clock(last)} — "${c.sentence}"`,
        factIds: ["policy.slots", truth.factId],
      };
  }
  return null;
}

/** policy_confusion: drop-off slot windows must run from opening until one hour before closing. */
export function checkSlotClaims(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-slot-claims", "policy_confusion", (turn) =>
    wrongSlotClaim(h, turnHoursClaims(turn, t.now, h)),
  );
}
