import type { ImportResult } from "./annotation-store";
import type { AnnotationDeps } from "./deps";
import { importChangeSteps } from "./import-change";
import { detectLabelFormat, type ImportIssue, type LineRecord, parseLabelSteps } from "./label-file";
import { labelTargetError } from "./label-target";
import { applyTaxonomyChange } from "./taxonomy";
import { runInSlices, type Steps } from "./time-slices";

/** Rows written per transaction: small enough that one chunk holds the write lock (and the event loop) for a few ms. */
export const IMPORT_CHUNK_ROWS = 100;

/**
 * What an import reports: counts; or every bad line (nothing written); or, when the database failed part-way
 * through the writes (full disk, read-only file), how many rows were already written and the storage error.
 */
export type ImportOutcome =
  | { ok: true; result: ImportResult & { rows: number } }
  | { ok: false; errors: ImportIssue[] }
  | { ok: false; interrupted: { written: number; rows: number; message: string }; cause: unknown };

/**
 * Imports a label file (CSV or JSONL, including `pnpm traces export` lines carrying a `label`) without holding the
 * event loop: parsing, checking and writing run in ~10 ms slices with a yield between them. First every row is parsed
 * and checked exactly as the label screen checks a label (the trace exists, the first failing turn is one of its
 * turns, cited facts are handbook facts); any bad row refuses the whole file with every bad line and nothing is
 * written. Then rows are written in transactions of IMPORT_CHUNK_ROWS, and the file's modes as one taxonomy version
 * last. Should the database fail part-way (the only way a checked import stops), the outcome says how many rows are
 * in: importing the same file again completes it, since rows equal to the current label are skipped.
 */
export function importLabelFile(
  deps: AnnotationDeps,
  input: { text: string; fileName: string | null; author: string },
  options: { sliceMs?: number } = {},
): Promise<ImportOutcome> {
  return runInSlices(importSteps(deps, input), options.sliceMs);
}

function* importSteps(
  deps: AnnotationDeps,
  input: { text: string; fileName: string | null; author: string },
): Steps<ImportOutcome> {
  const at = deps.now().toISOString();
  const format = detectLabelFormat(input.fileName, input.text);
  const parsed = yield* parseLabelSteps(input.text, format, { annotator: input.author, at });
  if (!parsed.ok) return parsed;
  const errors: ImportIssue[] = [];
  for (const r of parsed.records) {
    yield;
    const problem = labelTargetError(deps, r);
    if (problem) errors.push({ line: r.line, message: problem.message });
  }
  if (errors.length > 0) return { ok: false, errors };
  const records: readonly LineRecord[] = parsed.records;
  let imported = 0;
  let written = 0;
  try {
    for (let i = 0; i < records.length; i += IMPORT_CHUNK_ROWS) {
      yield;
      const chunk = records.slice(i, i + IMPORT_CHUNK_ROWS);
      imported += deps.labels.importLabelEvents(chunk);
      written += chunk.length;
    }
    const taxonomyVersion = yield* importTaxonomy(deps, records, { author: input.author, at });
    return {
      ok: true,
      result: { imported, unchanged: records.length - imported, taxonomyVersion, rows: records.length },
    };
  } catch (cause) {
    const message = `The import stopped after ${written} of ${records.length} rows (${(cause as Error).message}); import the same file again once the database is writable: rows already in are skipped.`;
    return { ok: false, interrupted: { written, rows: records.length, message }, cause };
  }
}

/**
 * The import's modes as one taxonomy version. The change, the new taxonomy and their JSON are worked out in steps
 * against the latest version (each whole-taxonomy step is one slice: it grows with the traces that carry a mode), then
 * written in one short transaction; if someone changed the taxonomy meanwhile, it is worked out again.
 */
function* importTaxonomy(
  deps: AnnotationDeps,
  records: readonly LineRecord[],
  input: { author: string; at: string },
): Steps<number | null> {
  for (;;) {
    yield;
    const latest = deps.labels.taxonomy();
    const change = yield* importChangeSteps(latest.taxonomy.modes, latest.taxonomy.assignments, records);
    if (change.modes.length === 0 && Object.keys(change.assignments).length === 0) return null;
    yield;
    const applied = applyTaxonomyChange(latest.taxonomy, change);
    if (!applied.ok) throw new Error(`import could not update the taxonomy: ${applied.error.message}`);
    yield;
    const taxonomyJson = JSON.stringify(applied.taxonomy);
    yield;
    const changeJson = JSON.stringify(change);
    yield;
    const next = { change, taxonomy: applied.taxonomy, changeJson, taxonomyJson };
    const version = deps.labels.importModes(next, { ...input, baseVersion: latest.version });
    if (version !== "stale") return version;
  }
}
