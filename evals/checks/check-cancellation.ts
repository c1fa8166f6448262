import { DateTime } from "luxon";
import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  appointmentDistance,
  type DistanceClaim,
  firstFailingTurn,
  policyClaims,
  type TurnProblem,
} from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** The free-cancellation window the handbook states (policy.cancellation: "up to 24 hours before"). */
export const FREE_CANCELLATION_HOURS = 24;

/** policy_confusion: a cancellation fee, cancelling refused, a free-cancellation window other than 24 hours, or the
 * customer's appointment said to be more (less) than the window away when it is not. */
export function checkCancellation(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-cancellation", "policy_confusion", (turn) => {
    for (const c of policyClaims(turn, t.now, h).claims) {
      if (c.kind === "cancellation_fee")
        return {
          reason: `attaches a fee to cancelling; handbook: never a fee — "${c.text}"`,
          factIds: ["policy.cancellation"],
        };
      if (c.kind === "cancellation_refused")
        return {
          reason: `refuses a cancellation; handbook: cancel free up to 24 hours before, within 24 hours please call, never a fee — "${c.text}"`,
          factIds: ["policy.cancellation"],
        };
      if (c.kind === "cancellation_window" && c.value !== FREE_CANCELLATION_HOURS)
        return {
          reason: `states a cancellation window of ${c.value} hours; handbook: free up to ${FREE_CANCELLATION_HOURS} hours before — "${c.text}"`,
          factIds: ["policy.cancellation"],
        };
    }
    return wrongDistance(appointmentDistance(turn, t.now, h), t.now, h);
  });
}

/** "It's more than 24 hours away" when the clock says otherwise: the free-cancellation rule applied to a wrong count. */
function wrongDistance(c: DistanceClaim | null, now: string, h: Handbook): TurnProblem | null {
  if (!c) return null;
  const at = DateTime.fromISO(c.date, { zone: h.shop.timeZone }).plus({ minutes: c.minutes });
  const hours = at.diff(DateTime.fromISO(now), "hours").hours;
  if (hours <= 0 || (c.side === "over" ? hours > c.hours : hours < c.hours)) return null;
  return {
    reason: `says the appointment (${at.toFormat("ccc d LLL, h:mm a")}) is ${c.side === "over" ? "more" : "less"} than ${c.hours} hours away; it is ${Math.round(hours)} hours away — "${c.text}"`,
    factIds: ["policy.cancellation"],
  };
}
