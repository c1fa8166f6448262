import { csvRows } from "./label-csv";
import { jsonlRows } from "./label-jsonl";
import { describeZodError, type ImportIssue } from "./label-rows";
import { LabelRecord } from "./schema";
import { runAtOnce, type Steps } from "./time-slices";

export type { ImportIssue } from "./label-rows";

/** A label file's format: CSV (papaparse) or one JSON object per line. */
export type LabelFileFormat = "csv" | "jsonl";

/** A parsed row with the line it started on. */
export type LineRecord = LabelRecord & { line: number };

/** The format of an uploaded label file, from its name, else its first non-blank character. */
export function detectLabelFormat(name: string | null, text: string): LabelFileFormat {
  if (name && /\.jsonl?$/i.test(name)) return "jsonl";
  if (name && /\.csv$/i.test(name)) return "csv";
  return text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? "jsonl"
    : "csv";
}

/** Defaults for fields a file may leave out. */
export interface ImportDefaults {
  annotator: string;
  at: string;
}

/** A parsed label file: every record, or every bad line. */
export type ParsedLabelFile = { ok: true; records: LineRecord[] } | { ok: false; errors: ImportIssue[] };

/**
 * Parses and validates a whole label file (pure). Every row is checked; any bad row makes the result an error value
 * listing each bad line, so a caller can refuse the file as a whole and nothing is half-imported.
 */
export function parseLabelFile(text: string, format: LabelFileFormat, defaults: ImportDefaults): ParsedLabelFile {
  return runAtOnce(parseLabelSteps(text, format, defaults));
}

/** `parseLabelFile` as steps (one per row), for callers that yield to the event loop between slices. */
export function* parseLabelSteps(
  text: string,
  format: LabelFileFormat,
  defaults: ImportDefaults,
): Steps<ParsedLabelFile> {
  const rows = format === "csv" ? csvRows(text) : jsonlRows(text);
  if (!rows.ok) return rows;
  const errors: ImportIssue[] = [];
  const records: LineRecord[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows.rows) {
    yield;
    if ("error" in row) {
      errors.push({ line: row.line, message: row.error });
      continue;
    }
    const parsed = LabelRecord.safeParse({
      ...row.value,
      annotator: row.value.annotator || defaults.annotator,
      labelledAt: row.value.labelledAt || defaults.at,
    });
    if (!parsed.success) {
      errors.push({ line: row.line, message: describeZodError(parsed.error) });
      continue;
    }
    const r = parsed.data;
    const problem = consistency(r);
    const seen = firstLine.get(r.traceId);
    if (problem) errors.push({ line: row.line, message: problem });
    else if (seen !== undefined)
      errors.push({ line: row.line, message: `trace ${r.traceId} appears twice (first on line ${seen})` });
    else {
      firstLine.set(r.traceId, row.line);
      records.push({ ...r, line: row.line });
    }
  }
  if (records.length === 0 && errors.length === 0) errors.push({ line: 1, message: "the file holds no labels" });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}

function consistency(r: LabelRecord): string | null {
  if (r.verdict !== "fail" && r.modes.length > 0) return `a ${r.verdict} label cannot carry failure modes`;
  if (r.verdict === "pass" && r.firstFailTurn !== null) return "a pass label cannot have a first failing turn";
  return null;
}
