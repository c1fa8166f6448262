import type { HumanLabels } from "./human-labels";
import type { ImportChange } from "./import-change";
import type { LineRecord } from "./label-file";
import type {
  CurrentLabel,
  EvaluatorVerdict,
  LabelEvent,
  LabelRecord,
  LabelState,
  Queue,
  SavedFilter,
  Taxonomy,
  TaxonomyChangeInput,
  TaxonomyVersion,
} from "./schema";
import type { TaxonomyError } from "./taxonomy";

/** A queue as listed on the start page (without its ids). */
export type QueueSummary = Omit<Queue, "traceIds"> & { size: number };

/** The result of an import: how many labels changed, and the taxonomy version written for their modes (if any). */
export interface ImportResult {
  imported: number;
  unchanged: number;
  taxonomyVersion: number | null;
}

/** An import's next taxonomy: the change, the taxonomy after it, and both as the JSON text to store. */
export interface ImportVersion {
  change: ImportChange;
  taxonomy: Taxonomy;
  changeJson: string;
  taxonomyJson: string;
}

/** Labels, taxonomy versions, queues and saved filters, in the trace store's SQLite file (own tables). */
export interface AnnotationStore {
  readonly path: string;
  /** Appends a `set` event unless the state is unchanged; returns the current label either way. */
  setLabel(input: { traceId: string; annotator: string; at: string; state: LabelState }): {
    changed: boolean;
    current: CurrentLabel;
  };
  /** Appends an `undo` event restoring the state before the latest edit, or returns why it cannot. */
  undoLabel(input: {
    traceId: string;
    annotator: string;
    at: string;
  }):
    | { ok: true; current: CurrentLabel; undone: LabelEvent }
    | { ok: false; error: { code: "nothing_to_undo"; message: string } };
  labelOf(traceId: string): CurrentLabel | null;
  labelHistory(traceId: string): LabelEvent[];
  currentLabels(): Map<string, CurrentLabel>;
  /** How many traces currently carry each verdict (counted in SQL). */
  verdictCounts(): Record<"pass" | "fail" | "defer", number>;
  /** Every trace whose current verdict is pass or fail, oldest label first: just the id and verdict (for counts). */
  currentVerdicts(): { traceId: string; verdict: "pass" | "fail" }[];
  /** One page of the traces whose current verdict is `verdict`, oldest label first (paged in SQL). */
  currentLabelsPage(verdict: "pass" | "fail" | "defer", page: { offset: number; limit: number }): CurrentLabel[];
  /** Trace ids in the order they first got a pass or fail. */
  labellingOrder(): string[];
  taxonomy(): TaxonomyVersion;
  taxonomyHistory(limit?: number): TaxonomyVersion[];
  /** Applies one change as a new version; `baseVersion` (when given) must still be the latest. */
  changeTaxonomy(input: {
    change: TaxonomyChangeInput;
    author: string;
    at: string;
    baseVersion?: number;
  }):
    | { ok: true; version: TaxonomyVersion }
    | { ok: false; error: TaxonomyError | { code: "stale_version"; message: string } };
  createQueue(queue: Queue): void;
  getQueue(id: string): Queue | null;
  recentQueues(limit?: number): QueueSummary[];
  saveFilter(filter: SavedFilter): void;
  savedFilters(): SavedFilter[];
  deleteFilter(name: string): boolean;
  /**
   * Writes one chunk of validated import rows as `import` events in one transaction; rows equal to the current label
   * are skipped (so importing a file again is harmless). Returns how many were written.
   */
  importLabelEvents(records: readonly LineRecord[]): number;
  /**
   * Writes an import's taxonomy version, worked out (and serialised) by the caller against version `baseVersion`, in
   * one short transaction: its number, or "stale" when the taxonomy moved on since `baseVersion`.
   */
  importModes(next: ImportVersion, input: { author: string; at: string; baseVersion: number }): number | "stale";
  /** Every trace with a verdict, as export rows (modes from the latest taxonomy). */
  exportRecords(): LabelRecord[];
  /** Ground truth for the evaluators: one boolean per failure mode per pass/fail trace. */
  humanLabels(): HumanLabels;
  /** The evaluators' verdicts on a trace, or null when no verdict table exists yet. */
  verdicts(traceId: string): EvaluatorVerdict[] | null;
  close(): void;
}
