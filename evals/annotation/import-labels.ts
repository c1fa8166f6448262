import type { ImportResult } from "./annotation-store";
import type { AnnotationDeps } from "./deps";
import { detectLabelFormat, type ImportIssue, type LineRecord, parseLabelFile } from "./label-file";

/** What an import reports: counts, plus the ids that are not (yet) in this trace store. */
export type ImportOutcome =
  | { ok: true; result: ImportResult & { rows: number; orphans: string[] } }
  | { ok: false; errors: ImportIssue[] };

/**
 * Imports a label file (CSV or JSONL, including `pnpm traces export` lines carrying a `label`): parses and validates
 * every row, checks first-failure turns against the traces that exist, then writes all rows in one transaction — or
 * nothing, with every bad line reported. Labels for traces not in this database are kept by id and attach when the
 * trace arrives.
 */
export function importLabelFile(
  deps: AnnotationDeps,
  input: { text: string; fileName: string | null; author: string },
): ImportOutcome {
  const at = deps.now().toISOString();
  const format = detectLabelFormat(input.fileName, input.text);
  const parsed = parseLabelFile(input.text, format, { annotator: input.author, at });
  if (!parsed.ok) return parsed;
  const errors: ImportIssue[] = [];
  const orphans: string[] = [];
  for (const r of parsed.records) {
    const c = deps.traces.getConversation(r.traceId);
    if (!c) orphans.push(r.traceId);
    else if (r.firstFailTurn !== null && r.firstFailTurn > c.turnCount)
      errors.push({
        line: r.line,
        message: `first_fail_turn ${r.firstFailTurn} but trace ${r.traceId} has ${c.turnCount} turn(s)`,
      });
  }
  if (errors.length > 0) return { ok: false, errors };
  const result = deps.labels.importLabels(parsed.records as LineRecord[], { author: input.author, at });
  return { ok: true, result: { ...result, rows: parsed.records.length, orphans } };
}
