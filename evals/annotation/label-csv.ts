import Papa from "papaparse";
import { csvRecords, csvSafe, storableText, type TextLine } from "../../traces/index";
import type { RawRow, Rows } from "./label-rows";
import type { LabelRecord } from "./schema";

/** The columns of a label CSV, in order. `modes` and `fact_ids` are ";"-separated. */
export const LABEL_CSV_FIELDS = [
  "trace_id",
  "verdict",
  "note",
  "first_fail_turn",
  "modes",
  "fact_ids",
  "annotator",
  "labelled_at",
] as const;

// A cell that starts like a formula, possibly behind quotes we added ourselves.
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * A CSV text cell made formula-safe (csvSafe), reversibly: a value that already starts with quote(s) before a formula
 * character gets one more quote, so `unescapeCell` can always remove exactly one.
 */
export const escapeCell = (value: string) => (ESCAPED.test(value) ? `'${value}` : csvSafe(value));

/** Inverse of `escapeCell`: drops the one quote added on export. */
export const unescapeCell = (value: string) => (ESCAPED.test(value) ? value.slice(1) : value);

/** Label records as CSV (RFC 4180, CRLF, header first), every text cell formula-safe. */
export function labelsToCsv(records: readonly LabelRecord[]): string {
  const data = records.map((r) => [
    escapeCell(r.traceId),
    r.verdict,
    escapeCell(r.note),
    r.firstFailTurn ?? "",
    escapeCell(r.modes.join(";")),
    escapeCell(r.factIds.join(";")),
    escapeCell(r.annotator),
    escapeCell(r.labelledAt),
  ]);
  return `${Papa.unparse({ fields: [...LABEL_CSV_FIELDS], data }, { newline: "\r\n", delimiter: "," })}\r\n`;
}

const ID_COLUMNS = ["trace_id", "id", "conversation_id"];

/**
 * Reads a label CSV (header first) into raw rows, lazily, each with the physical line it starts on: records come from
 * the shared reader (`csvRecords`: BOM, CRLF and CR-only accepted, line ends inside quotes kept), cells are made
 * storable (no NUL, no lone surrogate).
 */
export function csvRows(text: string): Rows {
  const records = csvRecords(text);
  const first = records.next();
  const header = first.done ? undefined : parseRecord(first.value.text).data.map((h) => h.trim().toLowerCase());
  if (!header || (header.length === 1 && header[0] === ""))
    return { ok: false, errors: [{ line: 1, message: "the file is empty" }] };
  const idColumn = ID_COLUMNS.find((c) => header.includes(c));
  if (!idColumn) return { ok: false, errors: [{ line: 1, message: "the header needs a trace_id column" }] };
  if (!header.includes("verdict") && !header.includes("pass"))
    return { ok: false, errors: [{ line: 1, message: "the header needs a verdict (or pass) column" }] };
  return { ok: true, rows: readCsvRows(records, header, idColumn) };
}

function parseRecord(text: string): { data: string[]; errors: string[] } {
  const r = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n", skipEmptyLines: false });
  const errors = r.errors.map((e) => e.message);
  if (r.data.length > 1) errors.push("a quote is not closed where the record ends");
  return { data: (r.data[0] ?? [""]).map(storableText), errors };
}

function* readCsvRows(records: Iterator<TextLine>, header: string[], idColumn: string): Generator<RawRow> {
  for (let next = records.next(); !next.done; next = records.next()) {
    const { line, text } = next.value;
    if (text.trim() === "") continue; // blank line
    const rec = parseRecord(text);
    if (rec.errors.length > 0) {
      yield { line, error: rec.errors.join("; ") };
      continue;
    }
    if (rec.data.length !== header.length) {
      yield { line, error: `expected ${header.length} fields, found ${rec.data.length}` };
      continue;
    }
    const cell = (name: string) => {
      const i = header.indexOf(name);
      return i < 0 ? undefined : unescapeCell(rec.data[i]!);
    };
    const given = cell("verdict")?.trim();
    const verdict = given || (header.includes("pass") ? verdictFromPass(cell("pass")) : given);
    if (verdict === null) {
      yield { line, error: `pass: expected true, false or defer, found "${cell("pass") ?? ""}"` };
      continue;
    }
    const turn = cell("first_fail_turn")?.trim() ?? "";
    yield {
      line,
      value: {
        traceId: cell(idColumn),
        verdict,
        note: cell("note") ?? "",
        firstFailTurn: turn === "" ? null : /^\d+$/.test(turn) ? Number(turn) : turn,
        modes: list(cell("modes")),
        factIds: list(cell("fact_ids")),
        annotator: cell("annotator")?.trim(),
        labelledAt: cell("labelled_at")?.trim(),
      },
    };
  }
}

function verdictFromPass(value: string | undefined): string | null {
  const v = value?.trim().toLowerCase() ?? "";
  if (["true", "1", "yes", "pass"].includes(v)) return "pass";
  if (["false", "0", "no", "fail"].includes(v)) return "fail";
  if (v === "defer") return "defer";
  return null;
}

const list = (cell: string | undefined) =>
  (cell ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
