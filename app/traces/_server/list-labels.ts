import "server-only";
import { getAnnotationDeps } from "../../annotate/_server/annotation-deps";
import type { ListLabel } from "../_lib/label-filter";

/** The current human labels (pass/fail with their modes) and the taxonomy's modes, for the trace browser. */
export function listLabels(): { labels: ListLabel[]; modes: { id: string; name: string }[] } {
  const human = getAnnotationDeps().labels.humanLabels();
  return {
    labels: human.labels.map((l) => ({
      traceId: l.traceId,
      pass: l.pass,
      modes: Object.entries(l.modes).flatMap(([id, on]) => (on ? [id] : [])),
    })),
    modes: human.modes.map((m) => ({ id: m.id, name: m.name })),
  };
}
