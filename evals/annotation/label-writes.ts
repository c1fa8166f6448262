import type { AnnotationDeps } from "./deps";
import { labelTargetError } from "./label-target";
import type { CurrentLabel, LabelEvent, LabelState } from "./schema";

/** Why a label write was refused. */
export interface LabelWriteError {
  code: "unknown_trace" | "turn_out_of_range" | "unknown_fact" | "nothing_to_undo";
  message: string;
}

/**
 * Saves a reviewer's label state for a trace (one `set` event, none if unchanged) after checking it against the
 * trace: it must exist, the first failing turn must be one of its turns, cited facts must be handbook facts.
 */
export function saveLabel(
  deps: AnnotationDeps,
  input: { traceId: string; annotator: string; state: LabelState },
): { ok: true; changed: boolean; current: CurrentLabel } | { ok: false; error: LabelWriteError } {
  const problem = labelTargetError(deps, { traceId: input.traceId, ...input.state });
  if (problem) return { ok: false, error: problem };
  const factIds = [...new Set(input.state.factIds)];
  const r = deps.labels.setLabel({ ...input, state: { ...input.state, factIds }, at: deps.now().toISOString() });
  return { ok: true, ...r };
}

/** Reverts the latest edit of a trace's label (an `undo` event), or says there is nothing to undo. */
export function undoLastLabel(
  deps: AnnotationDeps,
  input: { traceId: string; annotator: string },
): { ok: true; current: CurrentLabel; undone: LabelEvent } | { ok: false; error: LabelWriteError } {
  const problem = labelTargetError(deps, { traceId: input.traceId });
  if (problem) return { ok: false, error: problem };
  return deps.labels.undoLabel({ ...input, at: deps.now().toISOString() });
}
