import { z } from "zod";
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

/** Reads JSONL label lines (our export, or `pnpm traces export` lines with a `label`) into raw rows. */
export function jsonlRows(text: string): Rows {
  const rows: RawRow[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      rows.push({ line, error: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const parsed = JsonlLabel.safeParse(json);
    if (!parsed.success) {
      rows.push({ line, error: describeZodError(parsed.error) });
      return;
    }
    const j = parsed.data;
    const pass = j.label ? j.label.pass : j.pass;
    const verdict =
      j.verdict ?? (pass === true ? "pass" : pass === false ? "fail" : pass === null ? "defer" : undefined);
    if (!verdict) {
      rows.push({ line, error: "needs a verdict, a pass flag or a label object" });
      return;
    }
    rows.push({
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
    });
  });
  return { ok: true, rows };
}
