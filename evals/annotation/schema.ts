import { z } from "zod";

/** A reviewer's verdict on one trace; `defer` means "come back to it later". */
export const Verdict = z.enum(["pass", "fail", "defer"]);
export type Verdict = z.infer<typeof Verdict>;

/** Longest open-code note kept (a note is a sentence or two, not an essay). */
export const MAX_NOTE_CHARS = 4000;

/** A handbook fact id as cited by a reviewer ("hours.sat", "policy.walk_in"). */
export const FactId = z.string().trim().min(1).max(80);

/** What a label says about one trace. `verdict: null` is "not labelled" (a note draft may still exist). */
export const LabelState = z.object({
  verdict: Verdict.nullable(),
  note: z.string().max(MAX_NOTE_CHARS),
  /** The turn (1-based) where the conversation first went wrong. */
  firstFailTurn: z.number().int().positive().nullable(),
  factIds: z.array(FactId).max(50),
});
export type LabelState = z.infer<typeof LabelState>;

/** The state of a trace nobody has labelled. */
export const EMPTY_LABEL: LabelState = Object.freeze({ verdict: null, note: "", firstFailTurn: null, factIds: [] });

/** How an event came to be: a reviewer's edit, an undo of the previous edit, or a row of an imported file. */
export const LabelAction = z.enum(["set", "undo", "import"]);
export type LabelAction = z.infer<typeof LabelAction>;

/** One append-only label event; it carries the whole label state after it, so the current label is the latest event. */
export const LabelEvent = LabelState.extend({
  seq: z.number().int().positive(),
  traceId: z.string().min(1),
  annotator: z.string().min(1),
  at: z.string(),
  action: LabelAction,
  /** For an undo: the seq of the event it reverts. */
  undoes: z.number().int().positive().nullable(),
});
export type LabelEvent = z.infer<typeof LabelEvent>;

/** The current label of a trace: the state of its latest event, with who wrote it and when. */
export const CurrentLabel = LabelState.extend({
  traceId: z.string(),
  annotator: z.string(),
  at: z.string(),
  seq: z.number().int().positive(),
});
export type CurrentLabel = z.infer<typeof CurrentLabel>;

/** A reviewer's name as sent with every write. */
export const Annotator = z.string().trim().min(1, "set your annotator name first").max(80);

/** A failure mode of the axial-coding taxonomy. `id` is stable across renames. */
export const FailureModeDef = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,60}$/),
  name: z.string().trim().min(1).max(60),
  definition: z.string().trim().max(400),
  factIds: z.array(FactId).max(50),
});
export type FailureModeDef = z.infer<typeof FailureModeDef>;

/** The taxonomy: failure modes and which traces carry which modes (a trace may carry several). */
export const Taxonomy = z.object({
  modes: z.array(FailureModeDef),
  assignments: z.record(z.string(), z.array(z.string())),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

const ModeDraft = FailureModeDef.pick({ name: true, definition: true, factIds: true });

/** One edit of the taxonomy; every applied change is stored as a new taxonomy version. */
export const TaxonomyChange = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("create_mode"), mode: ModeDraft, traceIds: z.array(z.string()).default([]) }),
  z.object({
    kind: z.literal("update_mode"),
    modeId: z.string(),
    name: z.string().trim().min(1).max(60).optional(),
    definition: z.string().trim().max(400).optional(),
    factIds: z.array(FactId).max(50).optional(),
  }),
  z.object({ kind: z.literal("delete_mode"), modeId: z.string() }),
  z.object({ kind: z.literal("assign"), modeId: z.string(), traceIds: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal("unassign"), modeId: z.string(), traceIds: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal("merge"), modeIds: z.array(z.string()).min(1), into: z.string() }),
  z.object({ kind: z.literal("split"), modeId: z.string(), mode: ModeDraft, traceIds: z.array(z.string()).min(1) }),
  z.object({
    kind: z.literal("import"),
    modes: z.array(ModeDraft.extend({ id: FailureModeDef.shape.id })),
    assignments: z.record(z.string(), z.array(z.string())),
  }),
]);
export type TaxonomyChange = z.infer<typeof TaxonomyChange>;
export type TaxonomyChangeInput = z.input<typeof TaxonomyChange>;

/** A stored taxonomy version: the change that made it and the whole taxonomy after it. Version 0 is the seed. */
export const TaxonomyVersion = z.object({
  version: z.number().int().nonnegative(),
  at: z.string().nullable(),
  author: z.string().nullable(),
  change: TaxonomyChange.nullable(),
  taxonomy: Taxonomy,
});
export type TaxonomyVersion = z.infer<typeof TaxonomyVersion>;

/** Trace attributes a queue can stratify by and the counts can pivot on. */
export const StratumKey = z.enum([
  "source",
  "finalState",
  "turnBucket",
  "model",
  "scenarioId",
  "scenario.intent",
  "scenario.completeness",
  "scenario.behaviour",
  "scenario.turns",
  "scenario.trap",
]);
export type StratumKey = z.infer<typeof StratumKey>;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().max(200).optional());

/** Which traces a queue draws from: the trace list's filters, plus "only traces without a pass/fail yet". */
export const TraceFilter = z.object({
  source: z.preprocess(blankToUndefined, z.enum(["ui", "cli", "synthetic", "eval"]).optional()),
  finalState: optionalText,
  text: optionalText,
  from: optionalText,
  to: optionalText,
  unlabelledOnly: z.boolean().default(false),
});
export type TraceFilter = z.infer<typeof TraceFilter>;

/** A seeded stratified sample: `size` traces spread over the strata formed by `strata`. */
export const SampleSpec = z.object({
  size: z.number().int().min(1).max(2000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  strata: z.array(StratumKey).min(1).max(4),
});
export type SampleSpec = z.infer<typeof SampleSpec>;

/** How to build a review queue: a filter, optionally a stratified sample of it; otherwise oldest first. */
export const QueueSpec = z.object({
  filter: TraceFilter.default({ unlabelledOnly: false }),
  sample: SampleSpec.nullable().default(null),
});
export type QueueSpec = z.infer<typeof QueueSpec>;
export type QueueSpecInput = z.input<typeof QueueSpec>;

/** A frozen review queue: the trace ids picked when it was created, so labelling never reshuffles it. */
export const Queue = z.object({
  id: z.string(),
  title: z.string(),
  spec: QueueSpec,
  traceIds: z.array(z.string()),
  author: z.string(),
  createdAt: z.string(),
});
export type Queue = z.infer<typeof Queue>;

/** A named queue recipe the team reuses ("synthetic, unlabelled, by intent"). */
export const SavedFilter = z.object({
  name: z.string().trim().min(1).max(80),
  spec: QueueSpec,
  author: z.string(),
  at: z.string(),
});
export type SavedFilter = z.infer<typeof SavedFilter>;

/** An evaluator's verdict on a trace, as shown in triage mode (read from the evals verdict table when it exists). */
export const EvaluatorVerdict = z.object({
  evaluator: z.string(),
  mode: z.string().nullable(),
  verdict: z.enum(["pass", "fail", "error", "uncertain"]),
  reason: z.string().nullable(),
  turn: z.number().int().nullable(),
});
export type EvaluatorVerdict = z.infer<typeof EvaluatorVerdict>;

/** One row of a label export/import file (CSV or JSONL). */
export const LabelRecord = z.object({
  traceId: z.string().trim().min(1).max(200),
  verdict: Verdict,
  note: z.string().max(MAX_NOTE_CHARS),
  firstFailTurn: z.number().int().positive().nullable(),
  modes: z.array(z.string().trim().min(1).max(60)),
  factIds: z.array(FactId).max(50),
  annotator: z.string().trim().min(1).max(80),
  labelledAt: z.iso.datetime({ offset: true }),
});
export type LabelRecord = z.infer<typeof LabelRecord>;
