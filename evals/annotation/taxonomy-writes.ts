import type { AnnotationDeps } from "./deps";
import type { TaxonomyChange, TaxonomyVersion } from "./schema";
import type { TaxonomyError } from "./taxonomy";

/** Why a taxonomy change was refused. */
export type TaxonomyWriteError = TaxonomyError | { code: "stale_version" | "unknown_fact"; message: string };

/** Applies a reviewer's taxonomy change as a new version, after checking the handbook fact ids it cites. */
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
  return deps.labels.changeTaxonomy({ ...input, at: deps.now().toISOString() });
}
