import type { LineRecord } from "./label-file";
import type { FailureModeDef, TaxonomyChange } from "./schema";
import { modeIdFor } from "./taxonomy";
import { runAtOnce, type Steps } from "./time-slices";

/**
 * The taxonomy change an import implies: modes named in the file but unknown (matched by id, then by name) become
 * new modes, and every imported trace's modes are set to exactly the file's (none for pass/defer rows).
 */
export function importChange(
  modes: readonly FailureModeDef[],
  assignments: Readonly<Record<string, string[]>>,
  records: readonly LineRecord[],
): ImportChange {
  return runAtOnce(importChangeSteps(modes, assignments, records));
}

/** The taxonomy change of an import. */
export type ImportChange = Extract<TaxonomyChange, { kind: "import" }>;

/** `importChange` as steps (one per record), for an import that yields to the event loop between slices. */
export function* importChangeSteps(
  modes: readonly FailureModeDef[],
  assignments: Readonly<Record<string, string[]>>,
  records: readonly LineRecord[],
): Steps<ImportChange> {
  const taken = new Set(modes.map((m) => m.id));
  const byRef = new Map<string, string>();
  for (const m of modes) {
    byRef.set(m.id, m.id);
    byRef.set(m.name.toLowerCase(), m.id);
  }
  const created: ImportChange["modes"] = [];
  const resolveRef = (ref: string) => {
    const known = byRef.get(ref) ?? byRef.get(ref.toLowerCase());
    if (known) return known;
    const id = modeIdFor(ref, taken);
    taken.add(id);
    created.push({ id, name: ref, definition: "Imported with labels; define it on the board.", factIds: [] });
    byRef.set(ref.toLowerCase(), id);
    return id;
  };
  const changed: Record<string, string[]> = {};
  for (const r of records) {
    yield;
    const ids = [...new Set(r.modes.map(resolveRef))];
    const before = [...(assignments[r.traceId] ?? [])].sort();
    if (ids.length !== before.length || [...ids].sort().some((id, i) => id !== before[i])) changed[r.traceId] = ids;
  }
  return { kind: "import", modes: created, assignments: changed };
}
