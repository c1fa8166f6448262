import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { bookedJobOnTheSpot } from "./booked-job-on-the-spot";
import { bookingPolicyClaims } from "./booking-policy-claims";
import { cancelAnyTime } from "./cancel-any-time";
import { inspectionFeeClaims } from "./inspection-fee-claims";
import { leadTimeClaims, listedSlotClaims, slotGridClaims } from "./lead-time-claims";
import { cancellationClaims, paymentClaims } from "./money-policy-claims";
import { polarAnswerClaims } from "./polar-answer-claims";
import { refundClaims } from "./refund-claims";
import { blankReported } from "./reported-speech";
import { servicesIn } from "./service-mentions";
import { walkInBookingOffer } from "./walk-in-booking-offer";
import { walkInQueueClaims } from "./walk-in-queue-claims";
import { walkInWindowClaims } from "./walk-in-window-claims";
import { workmanshipClaims } from "./workmanship-claims";
import { workmanshipFeeClaims } from "./workmanship-fee-claims";
import { workmanshipExcluded } from "./workmanship-excluded";
import { workmanshipRedo } from "./workmanship-redo";

/**
 * A policy statement one assistant turn makes, typed, with its subject service resolved where the policy has one.
 * `value` is what the reply states (never a verdict): checks compare it with `knowledge-base/facts.ts`.
 */
export type PolicyValue =
  /** How a service is taken in: "walk_in" (come by, no booking), "required" (must be booked), "booked" (a slot offered). */
  | { kind: "booking"; value: "walk_in" | "required" | "booked" }
  /** Notice a booking needs, in hours (0: same-day bookings allowed). */
  | { kind: "lead_time"; value: number }
  /** A drop-off time a reply lists among the slots offered, in minutes since midnight. */
  | { kind: "slot_listed"; value: number }
  /** The spacing of drop-off slots, in minutes. */
  | { kind: "slot_interval"; value: number }
  /** Whether cancelling costs something ("true": a fee or a lost deposit). */
  | { kind: "cancellation_fee"; value: true }
  /** Cancelling refused ("can't be cancelled within 24 hours"; the handbook says call, never refused). */
  | { kind: "cancellation_refused"; value: true }
  /** The free-cancellation window, in hours. */
  | { kind: "cancellation_window"; value: number }
  /** When payment is due ("before_pickup": up front, at booking or at drop-off) or a deposit asked. */
  | { kind: "payment_timing"; value: "before_pickup" | "deposit" }
  /** Payment methods restricted ("card only", "no cash"). */
  | { kind: "payment_methods"; value: "restricted" }
  /** Labour refunded ("true"). */
  | { kind: "labour_refund"; value: true }
  /** The free re-adjustment window in days ("lifetime": no end). */
  | { kind: "workmanship_window"; value: number | "lifetime" }
  /** A service the reply puts under the free re-adjustment ("your flat repair is covered by our 30-day re-adjustment"),
   * or one it says is out of it ("excluded": "only the full service gets it, not a tune-up"). */
  | { kind: "workmanship_scope"; value: "covered" | "excluded" }
  /** The free re-adjustment said to cost something ("half price", "a reduced $10 fee"). */
  | { kind: "workmanship_fee"; value: "charged" }
  /** Walk-ins said to be served ahead of others ("priority") or without the morning wait ("no_wait"). */
  | { kind: "walk_in_queue"; value: "priority" | "no_wait" }
  /** Walk-ins confined to (or kept out of) a part of the day or week ("only taken after 2 pm"). */
  | { kind: "walk_in_window"; value: "restricted" }
  /** The returns window in days. */
  | { kind: "returns_window"; value: number }
  /** A return accepted for an item the customer says was used ("used"; only unused parts can be returned). */
  | { kind: "returns_condition"; value: "used" }
  /** Whether a return needs the receipt ("false": returns taken without it). */
  | { kind: "returns_receipt"; value: false }
  /** The safety inspection's price in dollars, "charged" (a fee, no figure) or "conditional" (free only with a purchase…). */
  | { kind: "inspection_fee"; value: number | "charged" | "conditional" };

/** One typed policy claim: kind and stated value, the subject service (null when the policy has none), hedge, turn. */
export type PolicyClaim = PolicyValue & {
  service: ServiceId | null;
  /** The statement was softened ("I believe", "should be", "usually"): still a claim, reported as such. */
  hedged: boolean;
  turn: number;
  /** The clause or sentence the value was read from (quoted in reasons). */
  text: string;
};

/** A policy value the reply states whose subject could not be settled: the candidates it may be about. */
export interface UnlinkedPolicy {
  kind: PolicyValue["kind"];
  value: PolicyValue["value"];
  candidates: ServiceId[];
  turn: number;
  text: string;
}

/** A reader's output before the turn and hedge are attached. */
export type RawPolicyClaim = PolicyValue & { service: ServiceId | null; text: string };

/** What every policy reader returns for one turn. */
export interface PolicyReading {
  claims: RawPolicyClaim[];
  unlinked: Omit<UnlinkedPolicy, "turn">[];
}

const HEDGE =
  /\b(?:I (?:believe|think|guess|reckon)|I'?m (?:fairly|pretty) (?:sure|certain)|if I recall|should be|probably|likely|typically|usually|generally|normally|as far as I know|might|may)\b/i;

/** True when a statement is softened by a hedge ("I believe", "should be", "typically"). */
export function isHedged(text: string): boolean {
  return HEDGE.test(text);
}

/** A reader's booking claims for services the stance reader left unread (it has the final word where both speak). */
function unstated(extra: PolicyReading, booking: PolicyReading): PolicyReading {
  const read = new Set(booking.claims.map((c) => c.service));
  return { claims: extra.claims.filter((c) => !read.has(c.service)), unlinked: [] };
}

function read(said: AssistantTurn, _now: string, h: Handbook): { claims: PolicyClaim[]; unlinked: UnlinkedPolicy[] } {
  // What the reply reports the customer asked or said ("you asked whether…") is not the shop's policy.
  const reported = blankReported(said.text);
  const turn = reported === said.text ? said : { ...said, text: reported };
  const booking = bookingPolicyClaims(turn);
  const workmanship = workmanshipClaims(turn);
  // A bare yes or no answers the customer's question only when the reply states no stance of its own.
  const stated = booking.claims.length > 0 || booking.unlinked.length > 0;
  const readings: PolicyReading[] = [
    booking,
    // (a slot or booking offered for a walk-in job, read apart from the stances above)
    unstated(walkInBookingOffer(turn, h), booking),
    unstated(bookedJobOnTheSpot(turn, h), booking),
    stated ? { claims: [], unlinked: [] } : polarAnswerClaims(turn),
    leadTimeClaims(turn.text),
    slotGridClaims(turn.text, h),
    listedSlotClaims(turn.text),
    cancellationClaims(turn),
    cancelAnyTime(turn),
    paymentClaims(turn.text),
    refundClaims(turn),
    workmanship,
    // (past work put under the guarantee without the reply naming it: the job the customer reported)
    workmanship.claims.length ? { claims: [], unlinked: [] } : workmanshipRedo(turn),
    workmanshipExcluded(turn, servicesIn(h.policies.find((p) => p.id === "policy.workmanship")?.text ?? "")),
    workmanshipFeeClaims(turn),
    walkInQueueClaims(turn),
    walkInWindowClaims(turn),
    inspectionFeeClaims(turn),
  ];
  return {
    claims: readings.flatMap((r) =>
      r.claims.map((c) => ({ ...c, hedged: isHedged(c.text), turn: turn.turn }) as PolicyClaim),
    ),
    unlinked: readings.flatMap((r) => r.unlinked.map((u) => ({ ...u, turn: turn.turn }))),
  };
}

/** The typed policy claims of one turn (walk-in, booking, lead time, slots, cancellation, payment, refunds,
 * inspection fee) and the values it could not tie to a subject, read once per scoring. */
export const policyClaims = perTurn(read);

/** The claims of one kind, narrowed to that kind's value type. */
export function claimsOfKind<K extends PolicyValue["kind"]>(
  claims: readonly PolicyClaim[],
  kind: K,
): Extract<PolicyClaim, { kind: K }>[] {
  return claims.filter((c): c is Extract<PolicyClaim, { kind: K }> => c.kind === kind);
}
