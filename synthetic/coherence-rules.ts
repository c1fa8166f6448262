import { type Behaviour, TASK_INTENTS } from "./dimensions";
import type { Tuple } from "./schema";
import { trapById } from "./traps";

/** A named rule that rejects dimension tuples which cannot make a sensible scenario. */
export interface CoherenceRule {
  name: string;
  description: string;
  violates(t: Tuple): boolean;
}

const NEEDS_SEVERAL_TURNS: Behaviour[] = ["corrective", "distracted", "impatient"];
const MID_BOOKING: Behaviour[] = ["corrective", "distracted"];

/** The declared rules; a dropped tuple records the names of every rule it breaks. */
export const COHERENCE_RULES: readonly CoherenceRule[] = [
  {
    name: "no_info_single_turn_recall",
    description: "A single message without name or contact cannot cancel or move a booking",
    violates: (t) => t.turns === "single" && t.completeness === "none" && t.intent === "reschedule_cancel",
  },
  {
    name: "trap_needs_matching_intent",
    description: "A trap only fits the intents it declares (e.g. the walk-in tune-up trap needs the walk-in intent)",
    violates: (t) => t.trap !== null && !trapById(t.trap).intents.includes(t.intent),
  },
  {
    name: "behaviour_needs_multi_turn",
    description: "Changing one's mind, side questions and giving up only show over several turns",
    violates: (t) => t.turns === "single" && NEEDS_SEVERAL_TURNS.includes(t.behaviour),
  },
  {
    name: "mid_booking_behaviour_needs_booking_flow",
    description: "Corrective and distracted customers need a booking flow to correct or interrupt",
    violates: (t) => MID_BOOKING.includes(t.behaviour) && t.intent !== "booking" && t.intent !== "walk_in_vs_booking",
  },
  {
    name: "partial_info_needs_task",
    description: "For a plain question details are given or not; 'partial' only means something for tasks",
    violates: (t) => t.completeness === "partial" && !TASK_INTENTS.includes(t.intent),
  },
];

/** Names of the rules a tuple breaks (empty when coherent). */
export function brokenRules(t: Tuple, rules: readonly CoherenceRule[] = COHERENCE_RULES): string[] {
  return rules.filter((r) => r.violates(t)).map((r) => r.name);
}
