import type { ListParams } from "./list-params";

/** A human label as the trace browser filters and shows it: pass/fail and the failure modes it carries. */
export interface ListLabel {
  traceId: string;
  pass: boolean;
  modes: string[];
}

/**
 * Turns the human-label filters (label pass/fail/unlabelled, failure modes: any of) into the store's id filters:
 * `ids` the traces to keep, or `excludeIds` every labelled trace for "unlabelled". Pure; empty when no label filter.
 */
export function labelFilterIds(
  p: Pick<ListParams, "label" | "mode">,
  labels: readonly ListLabel[],
): { ids?: string[]; excludeIds?: string[] } {
  if (p.label === "unlabelled") return p.mode.length > 0 ? { ids: [] } : { excludeIds: labels.map((l) => l.traceId) };
  if (!p.label && p.mode.length === 0) return {};
  const wanted = new Set(p.mode);
  const ids = labels.filter(
    (l) =>
      (p.label === undefined || l.pass === (p.label === "pass")) &&
      (wanted.size === 0 || l.modes.some((m) => wanted.has(m))),
  );
  return { ids: ids.map((l) => l.traceId) };
}
