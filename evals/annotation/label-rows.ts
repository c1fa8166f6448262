import type { z } from "zod";

/** One bad row of an import, by its 1-based line in the file (a CSV header is line 1). */
export interface ImportIssue {
  line: number;
  message: string;
}

/** A row read from a label file before validation: its fields, or why it could not be read. */
export type RawRow = { line: number; value: Record<string, unknown> } | { line: number; error: string };

/** The rows of a file, read lazily (so a caller can yield between them), or file-level errors (no header, empty file). */
export type Rows = { ok: true; rows: Iterable<RawRow> } | { ok: false; errors: ImportIssue[] };

/** A zod error as one readable line ("firstFailTurn: expected number"). */
export const describeZodError = (error: z.ZodError) =>
  error.issues.map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message)).join("; ");
