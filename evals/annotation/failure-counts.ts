import type { FailureModeDef } from "./schema";

/** One labelled trace as the counts see it: verdict, modes, and attribute values. */
export interface CountRow {
  traceId: string;
  pass: boolean;
  modes: readonly string[];
  /** The value the trace is counted under, per attribute. */
  attrs: Readonly<Record<string, string>>;
  /**
   * The values a trace counts towards in the denominator, per attribute, when not just its own value: e.g. for "state
   * at first failure", every state the conversation reached (a rate per state is failures over conversations that
   * got there).
   */
  reach?: Readonly<Record<string, readonly string[]>>;
}

/** One bar of the pareto chart. */
export interface ParetoBar {
  modeId: string;
  name: string;
  count: number;
  /** Share of labelled traces with this failure. */
  rate: number;
  /** Cumulative share of all mode assignments up to and including this bar. */
  cumulative: number;
  traceIds: string[];
}

/** Failures per mode, most frequent first (pure). Ties keep taxonomy order. */
export function paretoCounts(
  rows: readonly CountRow[],
  modes: readonly Pick<FailureModeDef, "id" | "name">[],
): ParetoBar[] {
  const labelled = rows.length;
  const bars = modes.map((m, order) => {
    const traceIds = rows.filter((r) => !r.pass && r.modes.includes(m.id)).map((r) => r.traceId);
    return {
      modeId: m.id,
      name: m.name,
      count: traceIds.length,
      rate: labelled ? traceIds.length / labelled : 0,
      traceIds,
      order,
    };
  });
  bars.sort((a, b) => b.count - a.count || a.order - b.order);
  const total = bars.reduce((n, b) => n + b.count, 0);
  let running = 0;
  return bars.map(({ order: _order, ...b }) => {
    running += b.count;
    return { ...b, cumulative: total ? running / total : 0 };
  });
}

/** One cell of a pivot: failures of a mode among traces with an attribute value. */
export interface PivotCell {
  count: number;
  /** count / traces counted under this value (0 when there are none). */
  rate: number;
  traceIds: string[];
}

/** Mode × attribute-value counts and rates, with per-value totals. */
export interface Pivot {
  attribute: string;
  columns: { value: string; traces: number; failed: number }[];
  rows: { modeId: string; name: string; cells: PivotCell[]; total: number }[];
  /** Failed traces with no mode yet, per value (notes still to code). */
  uncoded: PivotCell[];
}

/** Pivots labelled traces on one attribute (pure): a column per value, a row per mode. Values sort by traces, desc. */
export function pivotCounts(
  rows: readonly CountRow[],
  attribute: string,
  modes: readonly Pick<FailureModeDef, "id" | "name">[],
): Pivot {
  const denominators = new Map<string, number>();
  const failed = new Map<string, number>();
  for (const r of rows) {
    const own = r.attrs[attribute] ?? "(none)";
    const values = new Set(r.reach?.[attribute] ?? [own]);
    if (!r.pass) {
      values.add(own);
      failed.set(own, (failed.get(own) ?? 0) + 1);
    }
    for (const v of values) denominators.set(v, (denominators.get(v) ?? 0) + 1);
  }
  const columns = [...denominators]
    .map(([value, traces]) => ({ value, traces, failed: failed.get(value) ?? 0 }))
    .sort((a, b) => b.traces - a.traces || (a.value < b.value ? -1 : 1));
  const cell = (keep: (r: CountRow) => boolean, value: string, traces: number): PivotCell => {
    const traceIds = rows
      .filter((r) => !r.pass && (r.attrs[attribute] ?? "(none)") === value && keep(r))
      .map((r) => r.traceId);
    return { count: traceIds.length, rate: traces ? traceIds.length / traces : 0, traceIds };
  };
  return {
    attribute,
    columns,
    rows: modes.map((m) => {
      const cells = columns.map((c) => cell((r) => r.modes.includes(m.id), c.value, c.traces));
      return { modeId: m.id, name: m.name, cells, total: cells.reduce((n, c) => n + c.count, 0) };
    }),
    uncoded: columns.map((c) => cell((r) => r.modes.length === 0, c.value, c.traces)),
  };
}
