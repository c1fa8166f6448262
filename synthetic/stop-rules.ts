import type { DecisionPart } from "../chatbot/index";
import type { Goal, StopReason } from "./schema";

/** Why the simulated customer sent a message (scripted users know; an LLM user's messages are "message"). */
export type Purpose = "question" | "request" | "answer" | "confirm" | "side" | "push" | "correct" | "message";

/** One exchange of a simulation, as the stop rules and simulated users see it. */
export interface SimTurn {
  purpose: Purpose;
  user: string;
  reply: string;
  stateBefore: string;
  state: string;
  expecting: string | null;
  parts: DecisionPart[];
  bookingIds: string[];
}

const ANSWERS = new Set(["answer", "not_offered", "walk_in_ok", "invalid_slot", "parts_sales"]);
const DECLINES = new Set([...ANSWERS, "dont_know", "handoff", "refuse_injection"]);
const MANAGED = new Set(["booking_cancelled", "bookings_found", "no_booking_found"]);
const PROGRESS = new Set([
  "ask",
  "ask_change",
  "confirm",
  "invalid_slot",
  "walk_in_ok",
  "booked",
  "ask_identity",
  ...MANAGED,
]);

/** True when the bot's turn answers a question: with facts, or (for out-of-scope asks) by declining or referring. */
export function isAnswered(parts: DecisionPart[], expect: "answer" | "decline"): boolean {
  const ok = expect === "answer" ? ANSWERS : DECLINES;
  return parts.some((p) => ok.has(p.kind));
}

/** True when the customer's goal is met by the turns so far (read from the bot's structured turns, not its wording). */
export function goalReached(goal: Goal, questionCount: number, turns: SimTurn[]): boolean {
  switch (goal.kind) {
    case "book":
      return turns.some((t) => t.bookingIds.length > 0);
    case "manage":
      return turns.some((t) => t.parts.some((p) => MANAGED.has(p.kind)));
    case "progress":
      return turns.some((t) => t.parts.some((p) => PROGRESS.has(p.kind)));
    case "answer": {
      const asked = turns.filter((t) => t.purpose === "question" || t.purpose === "message");
      return asked.filter((t) => isAnswered(t.parts, goal.expect)).length >= Math.max(1, questionCount);
    }
  }
}

/** The stop rules checked after every bot turn, in order: goal reached, turn cap, loop guard (same reply twice). */
export function stopAfterTurn(a: {
  goal: Goal;
  questionCount: number;
  turns: SimTurn[];
  maxTurns: number;
}): StopReason | null {
  if (goalReached(a.goal, a.questionCount, a.turns)) return "goal_reached";
  if (a.turns.length >= a.maxTurns) return "turn_cap";
  const [prev, last] = a.turns.slice(-2);
  if (prev && last && prev.reply.trim() === last.reply.trim()) return "loop_guard";
  return null;
}
