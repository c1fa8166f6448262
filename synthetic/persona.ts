import type { Rng } from "../chatbot/index";
import type { ServiceId } from "../knowledge-base/index";
import { datePhrase, openDatesFrom, plusDays, shopDate, slotsFor, timePhrase, weekdayNumber } from "./calendar";
import {
  type BankQuestion,
  BIKES,
  FIRST_NAMES,
  FOLLOW_UPS,
  LAST_NAMES,
  PUSH_LINES,
  QUESTION_BANK,
  SIDE_QUESTIONS,
} from "./query-bank";
import type { Goal, Persona, Tuple, WritingStyle } from "./schema";
import type { DatePin, Trap } from "./traps";

const BOOKABLE: ServiceId[] = ["tune_up", "full_service", "cable", "truing"];

/** How customers name each bookable service. */
export const SERVICE_PHRASE: Record<ServiceId, string> = {
  tune_up: "tune-up",
  full_service: "full service",
  cable: "cable replacement",
  truing: "wheel truing",
  inspection: "safety inspection",
  flat_repair: "flat repair",
  adjustment: "brake adjustment",
  brake_pads: "brake pads",
};

/** When a customer with this tuple is satisfied. */
export function goalFor(t: Tuple): Goal {
  if (t.intent === "out_of_scope") return { kind: "answer", expect: "decline" };
  if (t.turns === "single" && (t.intent === "booking" || t.intent === "reschedule_cancel")) return { kind: "progress" };
  if (t.turns === "multi" && (t.intent === "booking" || t.intent === "walk_in_vs_booking")) return { kind: "book" };
  if (t.turns === "multi" && t.intent === "reschedule_cancel") return { kind: "manage" };
  return { kind: "answer", expect: "answer" };
}

/** The first question of the scenario (trap phrasing or bank question), or null for pure tasks. */
export function openingQuestion(t: Tuple, trap: Trap | null, rng: Rng): BankQuestion | null {
  if (t.intent === "booking" || t.intent === "reschedule_cancel") return null;
  if (trap) {
    const texts = t.completeness === "all_upfront" ? [trap.seedQuery, ...trap.precise] : trap.vague;
    return { text: rng.pick(texts), factIds: trap.factIds };
  }
  const bank = QUESTION_BANK[t.intent];
  if (!bank) return null;
  return rng.pick(t.completeness === "all_upfront" ? bank.precise : bank.vague);
}

function pinnedDate(pin: DatePin, today: string, fallback: string): string {
  const dow = weekdayNumber(today);
  const ahead = (target: number) => plusDays(today, (target - dow + 7) % 7 || 7);
  switch (pin) {
    case "today":
      return "today";
    case "monday":
      return "Monday";
    case "sunday":
      return "Sunday";
    case "saturday":
      return dow === 6 ? "next Saturday" : "Saturday";
    case "thanksgiving":
      return "Thanksgiving (Thursday)";
    case "weekday":
      return datePhrase([ahead(2), ahead(3), ahead(5)].sort()[0] ?? fallback, today);
  }
}

function existingBooking(t: Tuple, trap: Trap | null, today: string, rng: Rng): Persona["existingBooking"] {
  if (t.intent !== "reschedule_cancel") return null;
  // The cancellation-fee trap holds a booking less than 24 hours away (its `now` is an early afternoon).
  if (trap?.id === "cancellation_fee") {
    const date = openDatesFrom(plusDays(today, 1), 1)[0] ?? plusDays(today, 1);
    return { date, time: slotsFor(date)[0] ?? "10:00" };
  }
  const date = rng.pick(openDatesFrom(plusDays(today, 3), 3));
  return { date, time: rng.pick(slotsFor(date)) };
}

/** Builds the hidden facts of a simulated customer for a tuple (pure: all randomness from `rng`, time from `now`). */
export function buildPersona(a: { tuple: Tuple; trap: Trap | null; rng: Rng; now: string; uniq: number }): {
  persona: Persona;
  factIds: string[];
} {
  const { tuple: t, trap, rng, now } = a;
  const today = shopDate(now);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const contact = rng.chance(0.5)
    ? `503-555-${String(a.uniq % 10000).padStart(4, "0")}`
    : `${first}.${last}${a.uniq % 1000}@example.com`.toLowerCase();
  const service = trap?.booking?.service ?? rng.pick(BOOKABLE);
  const dates = openDatesFrom(plusDays(today, 1), 6).filter((d) => d <= plusDays(today, 6));
  const [d1 = plusDays(today, 2), d2 = plusDays(today, 3)] = rng.shuffle(dates);
  const [s1 = "10:30", s2 = "14:00"] = rng.shuffle(slotsFor(d1));
  let date = datePhrase(d1, today);
  let time = timePhrase(s1);
  if (t.intent === "booking" && trap?.booking?.date) date = pinnedDate(trap.booking.date, today, d1);
  if (t.intent === "booking" && trap?.booking?.time) time = trap.booking.time === "before_open" ? "9am" : "2:30pm";
  const goal = goalFor(t);
  const opening = openingQuestion(t, trap, rng);
  const questions = opening ? [opening] : [];
  if (goal.kind === "answer" && t.turns === "multi") {
    const pool = goal.expect === "decline" ? (QUESTION_BANK.out_of_scope?.precise ?? []) : FOLLOW_UPS;
    const follow = rng.shuffle(pool.filter((q) => q.text !== opening?.text));
    questions.push(...follow.slice(0, rng.chance(0.3) ? 2 : 1));
  }
  const style: WritingStyle =
    t.behaviour === "chatty"
      ? "long"
      : t.behaviour === "impatient"
        ? "terse"
        : rng.pick(["plain", "plain", "terse", "long", "typos", "non_native"] as const);
  const booking = existingBooking(t, trap, today, rng);
  const factIds = [...(trap?.factIds ?? []), ...questions.flatMap((q) => q.factIds)];
  if (goal.kind === "book" || t.intent === "booking")
    factIds.push(`svc.${service}.price`, `svc.${service}.booking`, "policy.booking_lead", "policy.slots");
  if (t.intent === "reschedule_cancel") factIds.push("policy.cancellation");
  const persona: Persona = {
    name: `${first} ${last}`,
    contact,
    bike: t.intent === "ebike_scope" ? "a Rad Power e-bike" : rng.pick(BIKES),
    service,
    date,
    time,
    altDate: datePhrase(d2, today),
    altTime: timePhrase(s2),
    patience: t.behaviour === "impatient" ? 0 : 2 + rng.int(3),
    behaviour: t.behaviour,
    style,
    goal,
    questions: questions.map((q) => q.text),
    sideQuestion: t.behaviour === "distracted" ? rng.pick(SIDE_QUESTIONS) : null,
    pushLine: t.behaviour === "adversarial" ? rng.pick(PUSH_LINES) : null,
    existingBooking: booking,
  };
  return { persona, factIds: [...new Set(factIds)] };
}
