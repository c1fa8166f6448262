import type { Conversation } from "../../traces/index";
import type { StratumKey } from "./schema";

/** The value shown for an attribute a trace does not have (a UI trace has no scenario). */
export const NONE = "(none)";

/** Human names of the attributes, for queue builders, pivots and exports. */
export const ATTRIBUTE_LABELS: Record<StratumKey | "firstFailState", string> = {
  source: "Source",
  finalState: "Final state",
  turnBucket: "Turn count",
  model: "Model",
  scenarioId: "Scenario",
  "scenario.intent": "Scenario intent",
  "scenario.completeness": "Scenario completeness",
  "scenario.behaviour": "Scenario behaviour",
  "scenario.turns": "Scenario turns",
  "scenario.trap": "Scenario trap",
  firstFailState: "State at first failure",
};

/** Turn counts grouped so strata are not one per length: "1", "2–3", "4–6", "7+". */
export function turnBucket(turns: number): string {
  if (turns <= 1) return "1";
  if (turns <= 3) return "2–3";
  if (turns <= 6) return "4–6";
  return "7+";
}

// Synthetic conversations record their dimension tuple in metadata; anything else has none. (A plain check, not a
// schema: the metadata was parsed when the row was read, and this runs once per labelled trace on every count.)
const tupleOf = (metadata: Record<string, unknown>): Record<string, unknown> => {
  const tuple = metadata.tuple;
  return tuple !== null && typeof tuple === "object" && !Array.isArray(tuple) ? (tuple as Record<string, unknown>) : {};
};

const text = (v: unknown) => (v === null || v === undefined || v === "" ? NONE : String(v));

/** Every stratifiable attribute of one conversation, as display strings. */
export function traceAttributes(
  c: Pick<Conversation, "source" | "finalState" | "turnCount" | "model" | "scenarioId" | "metadata">,
): Record<StratumKey, string> {
  const tuple = tupleOf(c.metadata);
  return {
    source: c.source,
    finalState: text(c.finalState),
    turnBucket: turnBucket(c.turnCount),
    model: text(c.model),
    scenarioId: text(c.scenarioId),
    "scenario.intent": text(tuple.intent),
    "scenario.completeness": text(tuple.completeness),
    "scenario.behaviour": text(tuple.behaviour),
    "scenario.turns": text(tuple.turns),
    "scenario.trap": text(tuple.trap ?? (c.metadata as { trapId?: unknown }).trapId),
  };
}

/** The stratum key of a trace for the chosen attributes ("synthetic · booking"). */
export function stratumOf(attrs: Record<StratumKey, string>, keys: readonly StratumKey[]): string {
  return keys.map((k) => attrs[k]).join(" · ");
}
