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

/** Notes per page of the axial board: the board never carries every failed note at once. */
export const BOARD_PAGE_SIZE = 100;

/** One page of the axial board: its notes, the latest taxonomy, and counts over every label (from SQL). */
export interface AxialBoardData {
  notes: BoardNote[];
  /** The latest version with every mode but only this page's assignments (and not the change that made it). */
  taxonomy: TaxonomyVersion;
  labelled: number;
  failed: number;
  /** Where this page starts among the failed notes (oldest label first), and its size. */
  offset: number;
  limit: number;
}

/**
 * One page of the notes of traces whose current verdict is fail, oldest label first, with their modes: the page is
 * cut in SQL and only its traces are read (preview of the first failing turn), so the board's cost and size do not
 * grow with the number of labels. The counts are SQL counts over every label.
 */
export function axialBoard(deps: AnnotationDeps, page: { offset?: number; limit?: number } = {}): AxialBoardData {
  const offset = Math.max(0, Math.trunc(page.offset ?? 0));
  const limit = Math.max(1, Math.trunc(page.limit ?? BOARD_PAGE_SIZE));
  const taxonomy = deps.labels.taxonomy();
  const counts = deps.labels.verdictCounts();
  const failed = deps.labels.currentLabelsPage("fail", { offset, limit });
  const assignments: Record<string, string[]> = {};
  for (const l of failed) {
    const ids = taxonomy.taxonomy.assignments[l.traceId];
    if (ids) assignments[l.traceId] = ids;
  }
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
    taxonomy: { ...taxonomy, change: null, taxonomy: { modes: taxonomy.taxonomy.modes, assignments } },
    labelled: counts.pass + counts.fail,
    failed: counts.fail,
    offset,
    limit,
  };
}

/**
 * Count rows of every pass/fail trace for the pareto and pivots. With `states`, each row also carries the machine
 * state at its first failing turn and the states the conversation reached (reads every trace's turns).
 */
export function countRows(deps: AnnotationDeps, options: { states: boolean }): CountRow[] {
  const taxonomy = deps.labels.taxonomy().taxonomy;
  // Whole labels only when the first failing turn is needed; the plain counts read ids and verdicts alone.
  const full = options.states ? deps.labels.currentLabels() : null;
  const rows: CountRow[] = [];
  for (const l of deps.labels.currentVerdicts()) {
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
      const firstFailTurn = full?.get(l.traceId)?.firstFailTurn;
      const failTurn = turns.find((t) => t.index === firstFailTurn);
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
