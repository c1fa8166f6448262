import type { AnnotationDeps } from "./deps";
import type { CountRow } from "./failure-counts";
import type { Saturation } from "./saturation";
import { saturation } from "./saturation";
import type { TaxonomyVersion } from "./schema";
import { modesOf } from "./taxonomy";
import { traceAttributes } from "./trace-attributes";

/** A failed trace's note on the axial board. */
export interface BoardNote {
  traceId: string;
  note: string;
  firstFailTurn: number | null;
  factIds: string[];
  modes: string[];
  annotator: string;
  at: string;
  preview: string;
}

/** The axial board: notes of failed traces, the latest taxonomy, and how many traces are labelled. */
export interface AxialBoardData {
  notes: BoardNote[];
  taxonomy: TaxonomyVersion;
  labelled: number;
  failed: number;
}

/** Notes of every trace whose current verdict is fail, newest label last, with their modes. */
export function axialBoard(deps: AnnotationDeps): AxialBoardData {
  const taxonomy = deps.labels.taxonomy();
  const labels = [...deps.labels.currentLabels().values()];
  const failed = labels.filter((l) => l.verdict === "fail");
  return {
    notes: failed.map((l) => {
      const c = deps.traces.getConversation(l.traceId);
      const first = c ? deps.traces.getTurns(l.traceId).find((t) => t.index === (l.firstFailTurn ?? 1)) : undefined;
      return {
        traceId: l.traceId,
        note: l.note,
        firstFailTurn: l.firstFailTurn,
        factIds: l.factIds,
        modes: modesOf(taxonomy.taxonomy, l.traceId),
        annotator: l.annotator,
        at: l.at,
        preview: first ? first.user : "",
      };
    }),
    taxonomy,
    labelled: labels.filter((l) => l.verdict === "pass" || l.verdict === "fail").length,
    failed: failed.length,
  };
}

/**
 * Count rows of every pass/fail trace for the pareto and pivots. With `states`, each row also carries the machine
 * state at its first failing turn and the states the conversation reached (reads every trace's turns).
 */
export function countRows(deps: AnnotationDeps, options: { states: boolean }): CountRow[] {
  const taxonomy = deps.labels.taxonomy().taxonomy;
  const rows: CountRow[] = [];
  for (const l of deps.labels.currentLabels().values()) {
    if (l.verdict !== "pass" && l.verdict !== "fail") continue;
    const c = deps.traces.getConversation(l.traceId);
    const attrs: Record<string, string> = c ? { ...traceAttributes(c) } : { source: "(not in this database)" };
    const row: CountRow = {
      traceId: l.traceId,
      pass: l.verdict === "pass",
      modes: l.verdict === "fail" ? modesOf(taxonomy, l.traceId) : [],
      attrs,
    };
    if (options.states) {
      const turns = c ? deps.traces.getTurns(l.traceId) : [];
      const failTurn = turns.find((t) => t.index === l.firstFailTurn);
      attrs.firstFailState = row.pass ? "(passed)" : (failTurn?.stateBefore ?? "(turn not marked)");
      row.reach = { firstFailState: [...new Set(turns.map((t) => t.stateBefore))] };
    }
    rows.push(row);
  }
  return rows;
}

/** The saturation hint over every pass/fail trace, in the order they were first labelled. */
export function labellingSaturation(deps: AnnotationDeps): Saturation {
  const labels = deps.labels.currentLabels();
  const taxonomy = deps.labels.taxonomy().taxonomy;
  return saturation(
    deps.labels.labellingOrder().flatMap((traceId) => {
      const l = labels.get(traceId);
      if (!l || (l.verdict !== "pass" && l.verdict !== "fail")) return [];
      return [
        { traceId, verdict: l.verdict, note: l.note, modes: l.verdict === "fail" ? modesOf(taxonomy, traceId) : [] },
      ];
    }),
  );
}
