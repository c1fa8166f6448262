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

const INTERVAL =
  /\b(?:slots?|drop-?offs?|appointments?)\b[^.;]{0,40}?\b(?:every|each)\s+(hour|half[- ]hour|(\d+|fifteen|twenty|thirty|forty-five|sixty|ninety)\s*(?:-\s*)?min(?:ute)?s?|(\d+|two)\s*hours?)\b|\b(?:slots?|drop-?offs?)\b[^.;]{0,40}?\bon the hour\b/i;
const WORD_MIN: Record<string, number> = {
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
  sixty: 60,
  ninety: 90,
  two: 2,
};

/** A stated spacing of drop-off slots other than the handbook's ("slots every hour", "only on the hour"). */
export function wrongSlotInterval(h: Handbook, text: string): TurnProblem | null {
  const m = INTERVAL.exec(text);
  if (!m) return null;
  const n = (x: string) => WORD_MIN[x.toLowerCase()] ?? Number(x);
  const minutes = !m[1] ? 60 : /^hour$/i.test(m[1]) ? 60 : /^half/i.test(m[1]) ? 30 : m[2] ? n(m[2]) : n(m[3]!) * 60;
  if (minutes === h.booking.slotMinutes) return null;
  return {
    reason: `says drop-off slots are every ${minutes} minutes; handbook: every ${h.booking.slotMinutes} — "${m[0]}"`,
    factIds: ["policy.slots"],
  };
}

/** policy_confusion: drop-off slot windows must run from opening until one hour before closing, every 30 minutes. */
export function checkSlotClaims(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(
    t,
    "check-slot-claims",
    "policy_confusion",
    (turn) => wrongSlotClaim(h, turnHoursClaims(turn, t.now, h)) ?? wrongSlotInterval(h, turn.text),
  );
}
