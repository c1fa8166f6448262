import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { csvSafe, storableValue, textLines } from "../traces/index";
import { DatasetLine } from "./schema";

/** A problem on one line of a dataset file (1-based line numbers, as editors show them). */
export interface LineError {
  line: number;
  message: string;
}

/** A dataset file that failed to parse; the message lists the first problems with their line numbers. */
export class DatasetError extends Error {
  override readonly name = "DatasetError";
  constructor(
    readonly file: string,
    readonly errors: LineError[],
  ) {
    super(
      `${file}: ${errors
        .slice(0, 5)
        .map((e) => `line ${e.line}: ${e.message}`)
        .join("; ")}${errors.length > 5 ? ` (+${errors.length - 5} more)` : ""}`,
    );
  }
}

/** The committed datasets folder, `synthetic/datasets/` (e.g. `default.jsonl`, replayed by `pnpm eval`). */
export function datasetDir(): string {
  // Not `new URL("./datasets", import.meta.url)`: Next's bundler resolves that as a module and fails the build when
  // the app reaches this file (through synthetic/index); the file's own path works in every layer.
  return join(dirname(fileURLToPath(import.meta.url)), "datasets");
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** The file of a named dataset in `dir` (names are plain words, so no path tricks). */
export function datasetPath(dir: string, name: string): string {
  if (!NAME.test(name)) throw new Error(`invalid dataset name "${name}" (letters, digits, . _ - only)`);
  return join(dir, `${name}.jsonl`);
}

/** Serialises dataset lines as JSONL (one scenario per line, stable key order). */
export function toJsonl(lines: DatasetLine[]): string {
  return lines.map((l) => JSON.stringify(DatasetLine.parse(l))).join("\n") + (lines.length ? "\n" : "");
}

/** Parses JSONL text: every line is JSON-parsed and validated; errors carry line numbers; ids must be unique. */
export function parseDataset(text: string): { ok: true; lines: DatasetLine[] } | { ok: false; errors: LineError[] } {
  const lines: DatasetLine[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  // The shared line reader (BOM, CRLF and CR-only accepted) and the one NUL / lone-surrogate rule.
  for (const { line, text: raw } of textLines(text)) {
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = storableValue(JSON.parse(raw));
    } catch (error) {
      errors.push({ line, message: `invalid JSON (${(error as Error).message})` });
      continue;
    }
    const parsed = DatasetLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ line, message: `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}` });
      continue;
    }
    const first = seen.get(parsed.data.id);
    if (first) errors.push({ line, message: `duplicate id "${parsed.data.id}" (first on line ${first})` });
    else seen.set(parsed.data.id, line);
    lines.push(parsed.data);
  }
  return errors.length ? { ok: false, errors } : { ok: true, lines };
}

/** Reads and validates a dataset file; throws `DatasetError` with line-numbered problems. */
export function readDataset(file: string): DatasetLine[] {
  const parsed = parseDataset(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new DatasetError(file, parsed.errors);
  return parsed.lines;
}

/** Writes a dataset file (creating its folder). */
export function writeDataset(file: string, lines: DatasetLine[]): void {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, toJsonl(lines));
}

/** The CSV columns of a dataset export (one row per scenario, for review in a spreadsheet). */
export const DATASET_CSV_FIELDS = [
  "id",
  "status",
  "reason",
  "intent",
  "completeness",
  "behaviour",
  "turns",
  "trap",
  "factIds",
  "query",
  "goal",
  "personaName",
  "now",
  "seed",
  "generatorVersion",
  "stopReason",
  "turnCount",
  "conversationId",
] as const;

/** CSV export via papaparse; every text cell goes through `csvSafe` so spreadsheets never run a formula. */
export function toDatasetCsv(lines: DatasetLine[]): string {
  const rows = lines.map((l) => {
    const s = l.scenario;
    const row: Record<(typeof DATASET_CSV_FIELDS)[number], string> = {
      id: l.id,
      status: l.status,
      reason: l.reason ?? "",
      intent: s.tuple.intent,
      completeness: s.tuple.completeness,
      behaviour: s.tuple.behaviour,
      turns: s.tuple.turns,
      trap: s.trap ?? "",
      factIds: s.factIds.join(";"),
      query: s.query,
      goal: s.goal,
      personaName: s.persona.name,
      now: s.now,
      seed: String(s.seed),
      generatorVersion: s.generatorVersion,
      stopReason: l.run?.stopReason ?? "",
      turnCount: String(l.run?.turns ?? ""),
      conversationId: l.run?.conversationId ?? "",
    };
    return DATASET_CSV_FIELDS.map((f) => csvSafe(row[f]));
  });
  return Papa.unparse({ fields: [...DATASET_CSV_FIELDS], data: rows }, { newline: "\n" });
}
