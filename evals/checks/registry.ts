import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { type Handbook, handbook } from "../../knowledge-base/index";
import type { CheckResult, FailureMode, Transcript } from "../schema";
import { checkBookedService } from "./check-booked-service";
import { checkBookingConfirmation } from "./check-booking-confirmation";
import { checkBookingLead } from "./check-booking-lead";
import { checkBusyTimes } from "./check-busy-times";
import { checkCalendarClaims } from "./check-calendar-claims";
import { checkCancellation } from "./check-cancellation";
import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { checkCompletionPromise } from "./check-completion-promise";
import { checkContact } from "./check-contact";
import { checkDiscounts } from "./check-discounts";
import { checkDurations } from "./check-durations";
import { checkEarliestBooking } from "./check-earliest-booking";
import { checkHoursClaims } from "./check-hours-claims";
import { checkInspectionFee } from "./check-inspection-fee";
import { checkInventedServices } from "./check-invented-services";
import { checkNotOffered } from "./check-not-offered";
import { checkPayment } from "./check-payment";
import { checkPrices } from "./check-prices";
import { checkRefunds } from "./check-refunds";
import { checkSameDayBooking } from "./check-same-day-booking";
import { checkServiceContents } from "./check-service-contents";
import { checkSlotClaims } from "./check-slot-claims";
import { checkWalkInPolicy } from "./check-walk-in-policy";
import { sourceVersion } from "./source-version";

/** A deterministic code evaluator: one failure mode; its module is `./<id>.ts` beside this registry. */
export interface CodeEvaluator {
  id: string;
  mode: FailureMode;
  kind: "code";
  run(t: Transcript, h?: Handbook): CheckResult;
}

/** Every code evaluator, in one place: `pnpm eval`, `pnpm eval score` and promptfoo all read this list. */
export const CODE_EVALUATORS: readonly CodeEvaluator[] = [
  { id: "check-hours-claims", mode: "bad_data", kind: "code", run: checkHoursClaims },
  { id: "check-prices", mode: "bad_data", kind: "code", run: checkPrices },
  { id: "check-durations", mode: "bad_data", kind: "code", run: checkDurations },
  { id: "check-contact", mode: "bad_data", kind: "code", run: checkContact },
  { id: "check-busy-times", mode: "bad_data", kind: "code", run: checkBusyTimes },
  { id: "check-calendar-claims", mode: "bad_data", kind: "code", run: checkCalendarClaims },
  { id: "check-service-contents", mode: "bad_data", kind: "code", run: checkServiceContents },
  { id: "check-walk-in-policy", mode: "policy_confusion", kind: "code", run: checkWalkInPolicy },
  { id: "check-same-day-booking", mode: "policy_confusion", kind: "code", run: checkSameDayBooking },
  { id: "check-booking-lead", mode: "policy_confusion", kind: "code", run: checkBookingLead },
  { id: "check-slot-claims", mode: "policy_confusion", kind: "code", run: checkSlotClaims },
  { id: "check-earliest-booking", mode: "policy_confusion", kind: "code", run: checkEarliestBooking },
  { id: "check-inspection-fee", mode: "policy_confusion", kind: "code", run: checkInspectionFee },
  { id: "check-cancellation", mode: "policy_confusion", kind: "code", run: checkCancellation },
  { id: "check-refunds", mode: "policy_confusion", kind: "code", run: checkRefunds },
  { id: "check-payment", mode: "policy_confusion", kind: "code", run: checkPayment },
  { id: "check-not-offered", mode: "over_eager", kind: "code", run: checkNotOffered },
  { id: "check-closed-time-booking", mode: "over_eager", kind: "code", run: checkClosedTimeBooking },
  { id: "check-discounts", mode: "over_eager", kind: "code", run: checkDiscounts },
  { id: "check-booking-confirmation", mode: "over_eager", kind: "code", run: checkBookingConfirmation },
  { id: "check-invented-services", mode: "over_eager", kind: "code", run: checkInventedServices },
  { id: "check-booked-service", mode: "over_eager", kind: "code", run: checkBookedService },
  { id: "check-completion-promise", mode: "over_eager", kind: "code", run: checkCompletionPromise },
];

const versions = new Map<string, string>();
// The shipped handbook's text, written once (every evaluator's version hashes it); another handbook is written each time.
let handbookText: string | undefined;
function handbookJson(h: Handbook): string {
  if (h !== handbook) return JSON.stringify(h);
  handbookText ??= JSON.stringify(h);
  return handbookText;
}

/**
 * A short hash of an evaluator's id, the source of its module and of every module it imports (transitively), and
 * the handbook it checks against; stored on every verdict, so any change to code it uses gives a new version.
 */
export function evaluatorVersion(e: Pick<CodeEvaluator, "id">, h: Handbook = handbook): string {
  const cached = h === handbook ? versions.get(e.id) : undefined;
  if (cached) return cached;
  const source = sourceVersion(fileURLToPath(new URL(`./${e.id}.ts`, import.meta.url)));
  const v = createHash("sha256").update(e.id).update(source).update(handbookJson(h)).digest("hex").slice(0, 12);
  if (h === handbook) versions.set(e.id, v);
  return v;
}

/** The code evaluators of one failure mode. */
export function evaluatorsFor(mode: FailureMode): CodeEvaluator[] {
  return CODE_EVALUATORS.filter((e) => e.mode === mode);
}
