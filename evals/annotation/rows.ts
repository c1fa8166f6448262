import { z } from "zod";
import { EvaluatorVerdict, LabelEvent, Queue, SavedFilter, Taxonomy, TaxonomyChange } from "./schema";

/** A JSON text column parsed (and validated) into a value. */
const JsonText = <T extends z.ZodType>(inner: T) =>
  z.string().transform((s, ctx): z.infer<T> => {
    try {
      return inner.parse(JSON.parse(s)) as z.infer<T>;
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `invalid JSON column: ${(error as Error).message}` });
      return z.NEVER;
    }
  });

/** An `annotation_label_events` row parsed into a LabelEvent. */
export const LabelEventRow = z
  .object({
    seq: z.number(),
    trace_id: z.string(),
    annotator: z.string(),
    at: z.string(),
    action: z.string(),
    verdict: z.string().nullable(),
    note: z.string(),
    first_fail_turn: z.number().nullable(),
    fact_ids: JsonText(z.array(z.string())),
    undoes: z.number().nullable(),
  })
  .transform((r) => ({
    seq: r.seq,
    traceId: r.trace_id,
    annotator: r.annotator,
    at: r.at,
    action: r.action,
    verdict: r.verdict,
    note: r.note,
    firstFailTurn: r.first_fail_turn,
    factIds: r.fact_ids,
    undoes: r.undoes,
  }))
  .pipe(LabelEvent);

/** An `annotation_current_labels` row of a pass/fail trace, as the counts read it. */
export const CurrentVerdictRow = z
  .object({ trace_id: z.string(), verdict: z.enum(["pass", "fail"]) })
  .transform((r) => ({ traceId: r.trace_id, verdict: r.verdict }));

/** An `annotation_taxonomy_versions` row parsed into its parts. */
export const TaxonomyVersionRow = z
  .object({
    version: z.number(),
    at: z.string(),
    author: z.string(),
    change: JsonText(TaxonomyChange),
    taxonomy: JsonText(Taxonomy),
  })
  .transform((r) => ({ ...r, version: Math.trunc(r.version) }));

/** An `annotation_queues` row parsed into a Queue. */
export const QueueRow = z
  .object({
    id: z.string(),
    title: z.string(),
    spec: JsonText(z.unknown()),
    trace_ids: JsonText(z.array(z.string())),
    author: z.string(),
    created_at: z.string(),
  })
  .transform((r) => ({
    id: r.id,
    title: r.title,
    spec: r.spec,
    traceIds: r.trace_ids,
    author: r.author,
    createdAt: r.created_at,
  }))
  .pipe(Queue);

/** An `annotation_saved_filters` row parsed into a SavedFilter. */
export const SavedFilterRow = z
  .object({ name: z.string(), spec: JsonText(z.unknown()), author: z.string(), at: z.string() })
  .pipe(SavedFilter);

const truthy = (v: unknown) => v === 1 || v === true || v === "1" || v === "true" || v === "pass";

/**
 * A row of the evaluators' verdict table, read leniently (the evals domain owns that table): takes the first of the
 * usual column names for each field and ignores the rest.
 */
export const VerdictTableRow = z
  .looseObject({})
  .transform((r: Record<string, unknown>) => {
    const pick = (...names: string[]) => names.map((n) => r[n]).find((v) => v !== undefined && v !== null);
    const raw = pick("verdict", "outcome", "result", "status");
    const pass = pick("pass", "passed");
    const verdict =
      raw === "pass" || raw === "fail" || raw === "error" || raw === "uncertain"
        ? raw
        : raw === undefined && pass !== undefined
          ? truthy(pass)
            ? "pass"
            : "fail"
          : "error";
    const turn = pick("turn", "first_fail_turn", "turn_idx");
    return {
      evaluator: String(pick("evaluator_id", "evaluator", "judge", "name") ?? "evaluator"),
      mode: (pick("mode", "failure_mode") as string | undefined) ?? null,
      verdict,
      reason: (pick("reason", "critique", "explanation") as string | undefined) ?? null,
      turn: typeof turn === "number" ? Math.trunc(turn) : null,
    };
  })
  .pipe(EvaluatorVerdict);
