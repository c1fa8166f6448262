/**
 * Public surface of the annotation domain (open coding + axial coding): append-only label events, review queues with
 * seeded stratified sampling, the versioned failure-mode taxonomy, counts and pivots, grouping suggestions, label
 * import/export, and the human labels the evaluators are measured against. Server-only (SQLite).
 */

export type { AnnotationStore, ImportResult, QueueSummary } from "./annotation-store";
export {
  type AxialBoardData,
  axialBoard,
  BOARD_PAGE_SIZE,
  type BoardNote,
  countRows,
  labellingSaturation,
} from "./axial-data";
export { buildQueue, describeQueueSpec, type QueueCandidate } from "./build-queue";
export { type AnnotationDeps, createAnnotationDeps, createFakeAnnotationDeps } from "./deps";
export { type CountRow, type ParetoBar, type Pivot, type PivotCell, paretoCounts, pivotCounts } from "./failure-counts";
export { GroupSuggestion, type NoteForGrouping } from "./group-suggestion";
export { type HumanLabels, type HumanTraceLabel, humanLabels } from "./human-labels";
export { IMPORT_CHUNK_ROWS, type ImportOutcome, importLabelFile } from "./import-labels";
export { importTooLarge, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./import-limits";
export { escapeCell, LABEL_CSV_FIELDS, labelsToCsv, unescapeCell } from "./label-csv";
export { currentLabel, currentLabels, planUndo, sameLabel, undoStack } from "./label-events";
export { detectLabelFormat, type ImportIssue, type LabelFileFormat, parseLabelFile } from "./label-file";
export { labelsToJsonl } from "./label-jsonl";
export { type LabelTargetError, labelTargetError } from "./label-target";
export { type LabelWriteError, saveLabel, undoLastLabel } from "./label-writes";
export { loadHumanLabels } from "./load-human-labels";
export { createReviewQueue, matchingConversations } from "./review-queue";
export { type Saturation, type SaturationItem, saturation } from "./saturation";
export * from "./schema";
export { openAnnotationStore } from "./store";
export { allocate, type StratumItem, stratifiedSample } from "./stratified-sample";
export { suggestGroups } from "./suggest-groups";
export {
  groupingPrompt,
  type LlmSuggestDeps,
  suggestClient,
  suggestGroupsWithLlm,
  suggestModelFromEnv,
} from "./suggest-groups-llm";
export { applyTaxonomyChange, modeIdFor, modesOf, SEED_TAXONOMY, type TaxonomyError } from "./taxonomy";
export { changeTaxonomy, type TaxonomyWriteError } from "./taxonomy-writes";
export { ATTRIBUTE_LABELS, NONE, stratumOf, traceAttributes, turnBucket } from "./trace-attributes";
export { type ReviewDecisionPart, type ReviewTurn, type TraceReview, traceReview } from "./trace-review";
