import type { FailureModeDef, Taxonomy, TaxonomyChange } from "./schema";

/** The starting taxonomy (version 0): the three failure categories of the seed posts. Users add their own. */
export const SEED_TAXONOMY: Taxonomy = {
  modes: [
    {
      id: "bad_data",
      name: "bad_data",
      definition: "Wrong or invented shop facts: hours, prices, durations, contact details.",
      factIds: [],
    },
    {
      id: "policy_confusion",
      name: "policy_confusion",
      definition: "Wrong policy: booking vs walk-in, same-day booking, free inspection, cancellation, refunds.",
      factIds: [],
    },
    {
      id: "over_eager",
      name: "over_eager",
      definition: "Promises what the shop cannot do: services not offered, appointments at closed times, guarantees.",
      factIds: [],
    },
  ],
  assignments: {},
};

/** An expected taxonomy edit failure (unknown mode, duplicate name…), reported to the reviewer as is. */
export interface TaxonomyError {
  code: "unknown_mode" | "duplicate_name" | "invalid_change";
  message: string;
}

/** A mode id from a name: lower-case words joined by "_", made unique against the taken ids. */
export function modeIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 50) || "mode";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * Applies one change to a taxonomy (pure): the new taxonomy, or an error value. Assignments only ever name existing
 * modes; a trace left with no mode disappears from `assignments`.
 */
export function applyTaxonomyChange(
  t: Taxonomy,
  change: TaxonomyChange,
): { ok: true; taxonomy: Taxonomy } | { ok: false; error: TaxonomyError } {
  const modes = t.modes.map((m) => ({ ...m, factIds: [...m.factIds] }));
  const assignments = new Map(Object.entries(t.assignments).map(([k, v]) => [k, new Set(v)]));
  const find = (id: string) => modes.find((m) => m.id === id);
  const unknown = (id: string) => fail("unknown_mode", `There is no failure mode "${id}".`);
  const nameTaken = (name: string, except?: string) =>
    modes.some((m) => m.id !== except && m.name.toLowerCase() === name.trim().toLowerCase());
  const add = (traceId: string, modeId: string) => {
    const set = assignments.get(traceId) ?? new Set<string>();
    set.add(modeId);
    assignments.set(traceId, set);
  };
  const remove = (traceId: string, modeId: string) => assignments.get(traceId)?.delete(modeId);
  const create = (draft: Omit<FailureModeDef, "id">, id?: string): FailureModeDef => {
    const mode = { ...draft, id: id ?? modeIdFor(draft.name, new Set(modes.map((m) => m.id))) };
    modes.push(mode);
    return mode;
  };

  switch (change.kind) {
    case "create_mode": {
      if (nameTaken(change.mode.name)) return fail("duplicate_name", `A mode named "${change.mode.name}" exists.`);
      const mode = create(change.mode);
      for (const id of change.traceIds) add(id, mode.id);
      break;
    }
    case "update_mode": {
      const mode = find(change.modeId);
      if (!mode) return unknown(change.modeId);
      if (change.name !== undefined && nameTaken(change.name, mode.id))
        return fail("duplicate_name", `A mode named "${change.name}" exists.`);
      if (change.name !== undefined) mode.name = change.name;
      if (change.definition !== undefined) mode.definition = change.definition;
      if (change.factIds !== undefined) mode.factIds = [...new Set(change.factIds)];
      break;
    }
    case "delete_mode": {
      if (!find(change.modeId)) return unknown(change.modeId);
      modes.splice(
        modes.findIndex((m) => m.id === change.modeId),
        1,
      );
      for (const id of assignments.keys()) remove(id, change.modeId);
      break;
    }
    case "assign":
    case "unassign": {
      if (!find(change.modeId)) return unknown(change.modeId);
      for (const id of change.traceIds) (change.kind === "assign" ? add : remove)(id, change.modeId);
      break;
    }
    case "merge": {
      const into = find(change.into);
      if (!into) return unknown(change.into);
      const from = change.modeIds.filter((id) => id !== change.into);
      if (from.length === 0) return fail("invalid_change", "Pick at least one other mode to merge.");
      for (const id of from) {
        const mode = find(id);
        if (!mode) return unknown(id);
        into.factIds = [...new Set([...into.factIds, ...mode.factIds])];
        for (const [traceId, set] of assignments) if (set.delete(id)) add(traceId, into.id);
        modes.splice(modes.indexOf(mode), 1);
      }
      break;
    }
    case "split": {
      if (!find(change.modeId)) return unknown(change.modeId);
      if (nameTaken(change.mode.name)) return fail("duplicate_name", `A mode named "${change.mode.name}" exists.`);
      const notIn = change.traceIds.filter((id) => !assignments.get(id)?.has(change.modeId));
      if (notIn.length > 0) return fail("invalid_change", `Trace ${notIn[0]} is not in "${change.modeId}".`);
      const mode = create(change.mode);
      for (const id of change.traceIds) {
        remove(id, change.modeId);
        add(id, mode.id);
      }
      break;
    }
    case "import": {
      for (const m of change.modes) {
        if (find(m.id)) continue;
        const { id, ...draft } = m;
        create(draft, id);
      }
      for (const [traceId, ids] of Object.entries(change.assignments)) {
        const missing = ids.find((id) => !find(id));
        if (missing) return unknown(missing);
        assignments.set(traceId, new Set(ids));
      }
      break;
    }
  }
  return { ok: true, taxonomy: { modes, assignments: compact(assignments, modes) } };
}

/** Which modes carry a trace, in taxonomy order. */
export function modesOf(t: Taxonomy, traceId: string): string[] {
  const set = new Set(t.assignments[traceId] ?? []);
  return t.modes.filter((m) => set.has(m.id)).map((m) => m.id);
}

function compact(assignments: Map<string, Set<string>>, modes: FailureModeDef[]): Record<string, string[]> {
  const order = new Map(modes.map((m, i) => [m.id, i]));
  const out: Record<string, string[]> = {};
  for (const [traceId, set] of [...assignments].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ids = [...set].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
    if (ids.length > 0) out[traceId] = ids;
  }
  return out;
}

const fail = (code: TaxonomyError["code"], message: string) => ({ ok: false as const, error: { code, message } });
