import type { AnnotationDeps } from "./deps";
import type { TaxonomyChange, TaxonomyVersion } from "./schema";
import type { TaxonomyError } from "./taxonomy";

/** Why a taxonomy change was refused. */
export type TaxonomyWriteError =
  | TaxonomyError
  | { code: "stale_version" | "unknown_fact" | "unknown_trace"; message: string };

/**
 * Applies a reviewer's taxonomy change as a new version, after checking the handbook fact ids it cites and that every
 * trace it puts a mode on exists (as the label screen checks a label). Taking a mode off an unknown id is allowed, so
 * an assignment made before that check can still be cleaned up.
 */
export function changeTaxonomy(
  deps: AnnotationDeps,
  input: { change: TaxonomyChange; author: string; baseVersion?: number },
): { ok: true; version: TaxonomyVersion } | { ok: false; error: TaxonomyWriteError } {
  const c = input.change;
  const cited =
    c.kind === "create_mode" || c.kind === "split" ? c.mode.factIds : c.kind === "update_mode" ? (c.factIds ?? []) : [];
  const unknown = cited.find((id) => !deps.knownFact(id));
  if (unknown)
    return { ok: false, error: { code: "unknown_fact", message: `"${unknown}" is not a handbook fact id.` } };
  const given = c.kind === "assign" || c.kind === "create_mode" || c.kind === "split" ? (c.traceIds ?? []) : [];
  const missing = [...new Set(given)].filter((id) => !deps.traces.getConversation(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(", ");
    const more = missing.length > 10 ? ` and ${missing.length - 10} more` : "";
    const message = `There is no trace ${shown}${more}; nothing was changed.`;
    return { ok: false, error: { code: "unknown_trace", message } };
  }
  return deps.labels.changeTaxonomy({ ...input, at: deps.now().toISOString() });
}
