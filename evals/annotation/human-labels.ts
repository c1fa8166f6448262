import type { CurrentLabel, FailureModeDef, Taxonomy } from "./schema";
import { modesOf } from "./taxonomy";

/** A trace's ground truth after axial coding: pass/fail and one boolean per failure mode of the taxonomy. */
export interface HumanTraceLabel {
  traceId: string;
  pass: boolean;
  /** Mode id → does this trace show that failure. Always false on a passing trace. */
  modes: Record<string, boolean>;
  firstFailTurn: number | null;
  note: string;
  annotator: string;
  labelledAt: string;
}

/** The human labels the evaluators are measured against, with the taxonomy version they were coded with. */
export interface HumanLabels {
  taxonomyVersion: number;
  modes: Pick<FailureModeDef, "id" | "name" | "definition">[];
  labels: HumanTraceLabel[];
}

/**
 * Joins current labels with the taxonomy (pure): every pass/fail trace gets one boolean per mode; deferred and
 * unlabelled traces are left out (they are not ground truth).
 */
export function humanLabels(labels: Iterable<CurrentLabel>, taxonomy: Taxonomy, taxonomyVersion: number): HumanLabels {
  const out: HumanTraceLabel[] = [];
  for (const l of labels) {
    if (l.verdict !== "pass" && l.verdict !== "fail") continue;
    const carried = new Set(l.verdict === "fail" ? modesOf(taxonomy, l.traceId) : []);
    out.push({
      traceId: l.traceId,
      pass: l.verdict === "pass",
      modes: Object.fromEntries(taxonomy.modes.map((m) => [m.id, carried.has(m.id)])),
      firstFailTurn: l.verdict === "fail" ? l.firstFailTurn : null,
      note: l.note,
      annotator: l.annotator,
      labelledAt: l.at,
    });
  }
  out.sort((a, b) => (a.traceId < b.traceId ? -1 : a.traceId > b.traceId ? 1 : 0));
  return {
    taxonomyVersion,
    modes: taxonomy.modes.map(({ id, name, definition }) => ({ id, name, definition })),
    labels: out,
  };
}
