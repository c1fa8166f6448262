import "server-only";
import { modesOf } from "../../../../evals/annotation/index";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";

/** A trace's human label as the trace page shows it: verdict, note, first failing turn and the names of its modes. */
export interface TraceHumanLabel {
  verdict: string;
  note: string;
  firstFailTurn: number | null;
  modes: string[];
  annotator: string;
  at: string;
}

/** The current human label of a trace (with its failure modes' names), or null when nobody labelled it. */
export function traceHumanLabel(traceId: string): TraceHumanLabel | null {
  const deps = getAnnotationDeps();
  const label = deps.labels.labelOf(traceId);
  if (!label || label.verdict === null) return null;
  const { taxonomy } = deps.labels.taxonomy();
  const names = new Map(taxonomy.modes.map((m) => [m.id, m.name]));
  return {
    verdict: label.verdict,
    note: label.note,
    firstFailTurn: label.firstFailTurn,
    modes: modesOf(taxonomy, traceId).map((id) => names.get(id) ?? id),
    annotator: label.annotator,
    at: label.at,
  };
}
