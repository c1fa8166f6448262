import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  type Appointment,
  type BookingSlot,
  bookingTurn,
  claimsOfKind,
  clock,
  dayTruth,
  firstFailingTurn,
  type HoursClaim,
  hhmmMinutes,
  type PolicyClaim,
  policyClaims,
  slotMinutesOn,
  slotsToClosing,
  type TurnProblem,
  turnClaims,
  turnHoursClaims,
} from "../claims/index";
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

/** A stated spacing of drop-off slots other than the handbook's ("slots every hour", "only on the hour"). */
export function wrongSlotInterval(h: Handbook, claims: readonly PolicyClaim[]): TurnProblem | null {
  const c = claimsOfKind(claims, "slot_interval").find((x) => x.value !== h.booking.slotMinutes);
  if (!c) return null;
  return {
    reason: `says drop-off slots are every ${c.value} minutes; handbook: every ${h.booking.slotMinutes} — "${c.text}"`,
    factIds: ["policy.slots"],
  };
}

/** A listed slot time off the grid ("drop-offs at 10:15, 10:45…"): every opening is on the grid, so each slot is too. */
export function offGridListed(h: Handbook, claims: readonly PolicyClaim[]): TurnProblem | null {
  const step = h.booking.slotMinutes;
  const phases = new Set(h.hours.filter((d) => d.open).map((d) => hhmmMinutes(d.open!) % step));
  const c = claimsOfKind(claims, "slot_listed").find((x) => !phases.has(x.value % step));
  if (!c) return null;
  return {
    reason: `lists ${clock(c.value)} as a drop-off slot; slots run every ${step} minutes from opening — "${c.text}"`,
    factIds: ["policy.slots"],
  };
}

/**
 * A drop-off agreed inside opening hours but off the slot grid ("5:30 works" when the last slot is 5:00, "10:15"):
 * the slot policy misapplied. (A time outside hours or on a closed day is check-closed-time-booking's alone.)
 */
export function offGridDropOff(h: Handbook, appointments: readonly (Appointment | BookingSlot)[]): TurnProblem | null {
  for (const a of appointments) {
    if (a.kind !== "booking" || !a.date || a.time === null || ("until" in a && a.until) || ("loose" in a && a.loose))
      continue;
    const truth = dayTruth(h, "mon", a.date);
    if (!truth.open || a.time < truth.opens || a.time >= truth.closes) continue;
    if (slotMinutesOn(h, a.date).includes(a.time)) continue;
    return {
      reason: `agrees to a drop-off at ${clock(a.time)} on ${truth.label}; slots run every ${h.booking.slotMinutes} minutes from ${clock(truth.opens)} to ${clock(truth.closes - h.booking.lastSlotBeforeCloseMinutes)} — "${a.sentence}"`,
      factIds: ["policy.slots", truth.factId],
    };
  }
  return null;
}

/** A slot window said in words to run until closing: the last slot is an hour before closing every day. */
function toClosing(h: Handbook, text: string): TurnProblem | null {
  const said = slotsToClosing(text);
  if (!said) return null;
  return {
    reason: `says drop-off slots run until closing; handbook: from opening until ${h.booking.lastSlotBeforeCloseMinutes} minutes before closing — "${said}"`,
    factIds: ["policy.slots"],
  };
}

/** policy_confusion: drop-off slot windows must run from opening until one hour before closing, every 30 minutes. */
export function checkSlotClaims(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(
    t,
    "check-slot-claims",
    "policy_confusion",
    (turn) =>
      wrongSlotClaim(h, turnHoursClaims(turn, t.now, h)) ??
      toClosing(h, turn.text) ??
      wrongSlotInterval(h, policyClaims(turn, t.now, h).claims) ??
      offGridListed(h, policyClaims(turn, t.now, h).claims) ??
      offGridDropOff(h, [
        ...turnClaims(turn, t.now, h).appointments,
        // …and a slot read back for the customer's yes or stated as booked (the shared booking-state reader).
        ...[bookingTurn(turn, t.now, h).slot].filter((b): b is BookingSlot => b !== null),
      ]),
  );
}
