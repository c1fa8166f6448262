import type { z } from "zod";

/** One parsed JSONL line, or why it could not be parsed (1-based line number). */
export type JsonlLine<T> = { ok: true; line: number; value: T } | { ok: false; line: number; error: string };

/**
 * Parses JSONL text line by line against a schema; blank lines are skipped, bad lines reported, never thrown. A
 * leading BOM is dropped and LF, CRLF and CR-only line endings are all accepted.
 */
export function parseJsonl<T>(text: string, schema: z.ZodType<T>): JsonlLine<T>[] {
  const out: JsonlLine<T>[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        out.push({ ok: false, line: i + 1, error: `invalid JSON: ${(error as Error).message}` });
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) out.push({ ok: true, line: i + 1, value: parsed.data });
      else
        out.push({
          ok: false,
          line: i + 1,
          error: parsed.error.issues.map((x) => `${x.path.join(".") || "(root)"}: ${x.message}`).join("; "),
        });
    });
  return out;
}
