import { createHash } from "node:crypto";
import { type Handbook, handbook } from "../../knowledge-base/index";
import { checkBookingLead } from "./check-booking-lead";
import { checkBusyTimes } from "./check-busy-times";
import { checkCancellation } from "./check-cancellation";
import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { checkContact } from "./check-contact";
import { checkDiscounts } from "./check-discounts";
import { checkDurations } from "./check-durations";
import { checkHoursClaims } from "./check-hours-claims";
import { checkInspectionFee } from "./check-inspection-fee";
import { checkNotOffered } from "./check-not-offered";
import { checkPayment } from "./check-payment";
import { checkPrices } from "./check-prices";
import { checkRefunds } from "./check-refunds";
import { checkSameDayBooking } from "./check-same-day-booking";
import { checkSlotClaims } from "./check-slot-claims";
import { checkWalkInPolicy } from "./check-walk-in-policy";
import type { CheckResult, FailureMode, Transcript } from "../schema";

/** A deterministic code evaluator: one failure mode, a revision bumped by hand when its logic changes. */
export interface CodeEvaluator {
  id: string;
  mode: FailureMode;
  kind: "code";
  revision: number;
  run(t: Transcript, h?: Handbook): CheckResult;
}

/** Every code evaluator, in one place: `pnpm eval`, `pnpm eval score` and promptfoo all read this list. */
export const CODE_EVALUATORS: readonly CodeEvaluator[] = [
  { id: "check-hours-claims", mode: "bad_data", kind: "code", revision: 1, run: checkHoursClaims },
  { id: "check-prices", mode: "bad_data", kind: "code", revision: 1, run: checkPrices },
  { id: "check-durations", mode: "bad_data", kind: "code", revision: 1, run: checkDurations },
  { id: "check-contact", mode: "bad_data", kind: "code", revision: 1, run: checkContact },
  { id: "check-busy-times", mode: "bad_data", kind: "code", revision: 1, run: checkBusyTimes },
  { id: "check-walk-in-policy", mode: "policy_confusion", kind: "code", revision: 1, run: checkWalkInPolicy },
  { id: "check-same-day-booking", mode: "policy_confusion", kind: "code", revision: 1, run: checkSameDayBooking },
  { id: "check-booking-lead", mode: "policy_confusion", kind: "code", revision: 1, run: checkBookingLead },
  { id: "check-slot-claims", mode: "policy_confusion", kind: "code", revision: 1, run: checkSlotClaims },
  { id: "check-inspection-fee", mode: "policy_confusion", kind: "code", revision: 1, run: checkInspectionFee },
  { id: "check-cancellation", mode: "policy_confusion", kind: "code", revision: 1, run: checkCancellation },
  { id: "check-refunds", mode: "policy_confusion", kind: "code", revision: 1, run: checkRefunds },
  { id: "check-payment", mode: "policy_confusion", kind: "code", revision: 1, run: checkPayment },
  { id: "check-not-offered", mode: "over_eager", kind: "code", revision: 1, run: checkNotOffered },
  { id: "check-closed-time-booking", mode: "over_eager", kind: "code", revision: 1, run: checkClosedTimeBooking },
  { id: "check-discounts", mode: "over_eager", kind: "code", revision: 1, run: checkDiscounts },
];

const versions = new Map<string, string>();

/** A short hash of an evaluator's id, revision, source text and the handbook it checks against; stored on every verdict. */
export function evaluatorVersion(e: Pick<CodeEvaluator, "id" | "revision" | "run">, h: Handbook = handbook): string {
  const key = `${e.id}@${e.revision}`;
  const cached = h === handbook ? versions.get(key) : undefined;
  if (cached) return cached;
  const v = createHash("sha256")
    .update(key)
    .update(e.run.toString())
    .update(JSON.stringify(h))
    .digest("hex")
    .slice(0, 12);
  if (h === handbook) versions.set(key, v);
  return v;
}

/** The code evaluators of one failure mode. */
export function evaluatorsFor(mode: FailureMode): CodeEvaluator[] {
  return CODE_EVALUATORS.filter((e) => e.mode === mode);
}
