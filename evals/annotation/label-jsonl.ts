import { z } from "zod";
import { storableValue, textLines } from "../../traces/index";
import { describeZodError, type RawRow, type Rows } from "./label-rows";
import { type LabelRecord, Verdict } from "./schema";

/** Label records as JSONL; each line also carries `pass` (true/false, null when deferred) for consumers that want it. */
export function labelsToJsonl(records: readonly LabelRecord[]): string {
  return records
    .map((r) =>
      JSON.stringify({
        traceId: r.traceId,
        verdict: r.verdict,
        pass: r.verdict === "defer" ? null : r.verdict === "pass",
        note: r.note,
        firstFailTurn: r.firstFailTurn,
        modes: r.modes,
        factIds: r.factIds,
        annotator: r.annotator,
        labelledAt: r.labelledAt,
      }),
    )
    .map((line) => `${line}\n`)
    .join("");
}

const JsonlLabel = z.looseObject({
  traceId: z.string().optional(),
  id: z.string().optional(),
  verdict: Verdict.optional(),
  pass: z.boolean().nullable().optional(),
  note: z.string().optional(),
  firstFailTurn: z.number().nullable().optional(),
  modes: z.array(z.string()).optional(),
  factIds: z.array(z.string()).optional(),
  annotator: z.string().optional(),
  labelledAt: z.string().optional(),
  /** The labelled-transcript shape (`pnpm traces export` lines with a `label`), as in evals/labelled. */
  label: z
    .object({
      pass: z.boolean(),
      modes: z.array(z.string()).default([]),
      firstFailTurn: z.number().nullable().optional(),
      note: z.string().default(""),
    })
    .optional(),
});

/**
 * Reads JSONL label lines (our export, or `pnpm traces export` lines with a `label`) into raw rows, lazily, through
 * the shared line reader (BOM, CRLF and CR-only accepted); strings are made storable (no NUL, no lone surrogate).
 */
export function jsonlRows(text: string): Rows {
  return { ok: true, rows: readJsonlRows(text) };
}

function* readJsonlRows(text: string): Generator<RawRow> {
  for (const { line, text: raw } of textLines(text)) {
    if (raw.trim() === "") continue;
    let json: unknown;
    try {
      json = storableValue(JSON.parse(raw));
    } catch (error) {
      yield { line, error: `not valid JSON (${(error as Error).message})` };
      continue;
    }
    const parsed = JsonlLabel.safeParse(json);
    if (!parsed.success) {
      yield { line, error: describeZodError(parsed.error) };
      continue;
    }
    const j = parsed.data;
    const pass = j.label ? j.label.pass : j.pass;
    const verdict =
      j.verdict ?? (pass === true ? "pass" : pass === false ? "fail" : pass === null ? "defer" : undefined);
    if (!verdict) {
      yield { line, error: "needs a verdict, a pass flag or a label object" };
      continue;
    }
    yield {
      line,
      value: {
        traceId: j.traceId ?? j.id,
        verdict,
        note: j.label?.note ?? j.note ?? "",
        firstFailTurn: (j.label ? j.label.firstFailTurn : j.firstFailTurn) ?? null,
        modes: j.label?.modes ?? j.modes ?? [],
        factIds: j.factIds ?? [],
        annotator: j.annotator,
        labelledAt: j.labelledAt,
      },
    };
  }
}
