import "server-only";
import { z } from "zod";
import { FactId, LabelState, QueueSpec, TaxonomyChange } from "../../../evals/annotation/index";

const TraceId = z.string().trim().min(1).max(200);

/** POST /api/annotate/labels: the whole desired label state of a trace (auto-saved after every action). */
export const LabelRequest = LabelState.extend({
  traceId: TraceId,
  factIds: z.array(FactId).max(50),
});

/** POST /api/annotate/labels/undo. */
export const UndoRequest = z.object({ traceId: TraceId });

/** POST /api/annotate/queues: a queue from a spec, or from a saved filter by name. */
export const QueueRequest = z.object({
  title: z.string().trim().max(120).optional(),
  spec: QueueSpec.optional(),
  savedFilter: z.string().trim().min(1).max(80).optional(),
});

/** POST /api/annotate/filters: save (or replace) a named queue recipe. */
export const SavedFilterRequest = z.object({
  name: z.string().trim().min(1).max(80),
  spec: QueueSpec,
});

/** DELETE /api/annotate/filters. */
export const DeleteFilterRequest = z.object({ name: z.string().trim().min(1).max(80) });

/** POST /api/annotate/taxonomy: one change against the version the board shows. */
export const TaxonomyRequest = z.object({
  baseVersion: z.number().int().nonnegative(),
  change: TaxonomyChange,
});

/** POST /api/annotate/suggestions: draft groupings of the unassigned notes. */
export const SuggestRequest = z.object({ engine: z.enum(["auto", "offline"]).default("auto") });

/** POST /api/annotate/import: a label file's text. */
export const ImportRequest = z.object({
  fileName: z.string().max(300).nullable().default(null),
  text: z.string().min(1, "the file is empty"),
});
