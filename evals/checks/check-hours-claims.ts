import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  claimConfidence,
  clock,
  dayTruth,
  firstFailingTurn,
  type HoursClaim,
  otherShopZone,
  reopeningClaims,
  specialHoursClaims,
  type TurnProblem,
  truthText,
  turnHoursClaims,
  zoneConversions,
} from "../claims/index";
import type { CheckResult, Transcript, Uncertainty } from "../schema";
import { wrongReopening } from "./wrong-reopening";
import { wrongSpecialHours } from "./wrong-special-hours";

/** The doubt of a time's role read from a bare preposition ("moved it from 2:15" read as an opening). */
const ROLE_GUESS = 0.4;

/** Claims that survive: group claims give way to specific ones for a day, week-derived dates to explicit ones. */
export function effectiveClaims(claims: HoursClaim[]): HoursClaim[] {
  const key = (c: HoursClaim) => `${c.day}|${c.date ?? ""}`;
  const specific = new Set(claims.filter((c) => c.specific).map(key));
  // "Tue–Fri 10–6 (Thu till 7)": a day stated on its own, dated or not, is an exception to an undated group over it.
  const specificDays = new Set(claims.filter((c) => c.specific).map((c) => c.day));
  const overridden = (c: HoursClaim) => specific.has(key(c)) || (c.date === null && specificDays.has(c.day));
  const explicitDates = new Set(claims.filter((c) => c.date && !c.weekPinned).map((c) => c.date));
  return claims.filter((c) => (c.specific || !overridden(c)) && !(c.weekPinned && explicitDates.has(c.date)));
}

/** The first opening-hours claim in a message that contradicts the handbook (hours by day, closed days, holidays). */
export function wrongHoursClaim(h: Handbook, claims: HoursClaim[]): TurnProblem | null {
  // The surest claims first: a wrong one tied to its day in its own clause is reported before a loosely tied one.
  const byConfidence = effectiveClaims(claims)
    .map((c) => ({
      c,
      confidence: claimConfidence(c.link, c.sentence, c.opens !== null || c.closes !== null || !!c.slots),
    }))
    .sort((a, b) => b.confidence - a.confidence);
  for (const { c, confidence } of byConfidence) {
    const truth = dayTruth(h, c.day, c.date);
    const says = (what: string) => ({
      reason: `says ${truth.label} ${what}; handbook: ${truthText(truth)} — "${c.sentence}"`,
      factIds: [truth.factId],
      confidence,
    });
    // Drop-off slots on a day are a claim that the shop is open then (the slot check leaves closed days to this one).
    const slotsGiven = c.specific && c.slots !== null && (c.slots.from !== null || c.slots.to !== null);
    // "On other weekdays we close at 6": a weekday group's closing (or opening) time speaks of the days in it that
    // open; "every day until 6" still says Sunday is open.
    const partial = !c.specific && c.groupSize <= 5 && (c.opens === null) !== (c.closes === null) && !slotsGiven;
    // "Weekdays 10–6" beside "open Tuesday through Saturday": whether the loose group takes in a shut day is not
    // known, so it is left to `looseHoursClaim` (uncertain), never failed.
    if (!truth.open && (partial || c.looseGroup)) continue;
    if (!truth.open && (c.status === "open" || c.opens !== null || c.closes !== null || slotsGiven))
      return says(slotsGiven && c.status !== "open" ? "has drop-off slots" : "is open");
    if (!truth.open) continue;
    if (c.closedAt !== undefined && c.closedAt >= truth.opens && c.closedAt < truth.closes)
      return says(`is closed at ${clock(c.closedAt)}`);
    if (c.status === "closed") return says("is closed");
    // An opening whose role was read from a bare "from" is a guess: with a subject not named in its clause that is
    // two doubts at once, below the line (uncertain).
    const guessed = (p: TurnProblem) =>
      c.bareRole ? { ...p, confidence: Math.round(((p.confidence ?? 1) - ROLE_GUESS) * 100) / 100 } : p;
    if (c.opens !== null && c.opens !== truth.opens) return guessed(says(`opens at ${clock(c.opens)}`));
    if (c.closes !== null && c.closes !== truth.closes) return says(`closes at ${clock(c.closes)}`);
  }
  return null;
}

/** A loose group ("weekdays") given hours over a day the handbook has shut: neither right nor wrong for sure. */
export function looseHoursClaim(h: Handbook, claims: HoursClaim[]): string | null {
  const c = effectiveClaims(claims).find(
    (x) =>
      x.looseGroup &&
      !dayTruth(h, x.day, x.date).open &&
      (x.status === "open" || x.opens !== null) &&
      x.closes !== null,
  );
  if (!c) return null;
  return `gives "${c.sentence}" for a group of days that may include ${dayTruth(h, c.day, c.date).label} (closed)`;
}

/** A message that puts the shop's clock in another zone than the handbook's ("our hours are in Mountain time"). */
export function wrongTimeZone(h: Handbook, message: string): TurnProblem | null {
  const claim = otherShopZone(message);
  if (!claim) return null;
  return {
    reason: `says the shop's times are in ${claim.zone} time; handbook: ${h.shop.timeZone} — "${claim.sentence}"`,
    factIds: ["shop.timezone"],
  };
}

/** A shop time converted wrongly for a reader in another zone ("3 pm Pacific, which is 5 pm Eastern"). */
export function wrongConversion(h: Handbook, message: string): TurnProblem | null {
  const c = zoneConversions(message).find((x) => x.readBack !== x.shop);
  if (!c) return null;
  return {
    reason: `converts ${clock(c.shop)} Pacific wrongly (the time given is ${clock(c.readBack)} Pacific); handbook: the shop keeps ${h.shop.timeZone} time — "${c.sentence}"`,
    factIds: ["shop.timezone"],
  };
}

/** bad_data: opening hours by day, closed days, holidays and the shop's time zone stated in a reply match the handbook. */
export function checkHoursClaims(t: Transcript, h: Handbook = handbook): CheckResult {
  const uncertain: Uncertainty[] = [];
  const result = firstFailingTurn(t, "check-hours-claims", "bad_data", (turn) => {
    const claims = turnHoursClaims(turn, t.now, h);
    const problem =
      wrongHoursClaim(h, claims) ??
      wrongTimeZone(h, turn.text) ??
      wrongConversion(h, turn.text) ??
      wrongReopening(h, reopeningClaims(turn.text, t.now, h)) ??
      wrongSpecialHours(h, specialHoursClaims(turn.text, t.now, h, turn.userText));
    const loose = problem ? null : looseHoursClaim(h, claims);
    if (loose) uncertain.push({ mode: "bad_data", turn: turn.turn, evaluator: "check-hours-claims", reason: loose });
    return problem;
  });
  return uncertain.length ? { ...result, uncertain: [...(result.uncertain ?? []), ...uncertain] } : result;
}
