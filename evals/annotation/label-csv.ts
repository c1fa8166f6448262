import Papa from "papaparse";
import { csvSafe } from "../../traces/index";
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

/** Reads a label CSV (header first) into raw rows, each with the physical line it starts on. */
export function csvRows(text: string): Rows {
  const records: { data: string[]; start: number; errors: string[] }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: false,
    step: (r) => {
      records.push({ data: r.data, start, errors: r.errors.map((e) => e.message) });
      start = r.meta.cursor;
    },
  });
  const lineAt = lineCounter(text);
  const header = records[0]?.data.map((h) => h.trim().toLowerCase());
  if (!header) return { ok: false, errors: [{ line: 1, message: "the file is empty" }] };
  const idColumn = ID_COLUMNS.find((c) => header.includes(c));
  if (!idColumn) return { ok: false, errors: [{ line: 1, message: "the header needs a trace_id column" }] };
  if (!header.includes("verdict") && !header.includes("pass"))
    return { ok: false, errors: [{ line: 1, message: "the header needs a verdict (or pass) column" }] };
  const rows: RawRow[] = [];
  for (const rec of records.slice(1)) {
    const line = lineAt(rec.start);
    if (rec.data.length === 1 && rec.data[0]!.trim() === "") continue; // blank line
    if (rec.errors.length > 0) {
      rows.push({ line, error: rec.errors.join("; ") });
      continue;
    }
    if (rec.data.length !== header.length) {
      rows.push({ line, error: `expected ${header.length} fields, found ${rec.data.length}` });
      continue;
    }
    const cell = (name: string) => {
      const i = header.indexOf(name);
      return i < 0 ? undefined : unescapeCell(rec.data[i]!);
    };
    const given = cell("verdict")?.trim();
    const verdict = given || (header.includes("pass") ? verdictFromPass(cell("pass")) : given);
    if (verdict === null) {
      rows.push({ line, error: `pass: expected true, false or defer, found "${cell("pass") ?? ""}"` });
      continue;
    }
    const turn = cell("first_fail_turn")?.trim() ?? "";
    rows.push({
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
    });
  }
  return { ok: true, rows };
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

/** Maps a character offset to its 1-based line number. */
function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
