import type { AnnotationDeps } from "./deps";

/** Why a label cannot be written for its trace. */
export interface LabelTargetError {
  code: "unknown_trace" | "turn_out_of_range" | "unknown_fact";
  message: string;
}

/**
 * The one check every label write path makes (the label screen, undo, file import): the trace must exist, the first
 * failing turn must be one of its turns, every cited fact must be a handbook fact. Null when the label may be written.
 */
export function labelTargetError(
  deps: Pick<AnnotationDeps, "traces" | "knownFact">,
  label: { traceId: string; firstFailTurn?: number | null; factIds?: readonly string[] },
): LabelTargetError | null {
  const c = deps.traces.getConversation(label.traceId);
  if (!c) return { code: "unknown_trace", message: `There is no trace ${label.traceId}.` };
  const turn = label.firstFailTurn ?? null;
  if (turn !== null && turn > c.turnCount)
    return {
      code: "turn_out_of_range",
      message: `Turn ${turn} does not exist; trace ${label.traceId} has ${c.turnCount} turn(s).`,
    };
  const unknown = (label.factIds ?? []).find((id) => !deps.knownFact(id));
  if (unknown) return { code: "unknown_fact", message: `"${unknown}" is not a handbook fact id.` };
  return null;
}
