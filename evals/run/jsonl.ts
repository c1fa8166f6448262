import type { z } from "zod";
import { storableValue, textLines } from "../../traces/index";

/** One parsed JSONL line, or why it could not be parsed (1-based line number). */
export type JsonlLine<T> = { ok: true; line: number; value: T } | { ok: false; line: number; error: string };

/**
 * Parses JSONL text line by line against a schema; blank lines are skipped, bad lines reported, never thrown. Lines
 * come from the shared reader (`textLines`: a leading BOM dropped; LF, CRLF and CR-only accepted) and every string is
 * made storable (`storableValue`: NUL removed, lone surrogates → U+FFFD) before the schema sees it.
 */
export function parseJsonl<T>(text: string, schema: z.ZodType<T>): JsonlLine<T>[] {
  const out: JsonlLine<T>[] = [];
  for (const { line, text: raw } of textLines(text)) {
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = storableValue(JSON.parse(raw));
    } catch (error) {
      out.push({ ok: false, line, error: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) out.push({ ok: true, line, value: parsed.data });
    else
      out.push({
        ok: false,
        line,
        error: parsed.error.issues.map((x) => `${x.path.join(".") || "(root)"}: ${x.message}`).join("; "),
      });
  }
  return out;
}
