import "server-only";
import type { z } from "zod";
import { readBounded } from "../_lib/read-bounded";
import { wellFormed } from "../_lib/well-formed";
import { apiError } from "./errors";

/** The message of a failed zod parse as one readable sentence ("message: expected string"). */
export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message)).join("; ");
}

/**
 * Reads a JSON body of at most `maxBytes` and parses it with `schema`. The body is counted while it streams in,
 * chunked or not: past the limit the stream is cancelled and a 413 sent, nothing more is read or kept. Lone
 * surrogates become U+FFFD and NUL is removed before the schema sees them (`wellFormed`).
 */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes: number,
): Promise<{ ok: true; body: z.infer<T> } | { ok: false; response: Response }> {
  const tooLarge = () =>
    apiError(
      "body_too_large",
      `The request body is larger than ${Math.round(maxBytes / 1024).toLocaleString("en-US")} KB.`,
    );
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return { ok: false, response: tooLarge() };
  const read = await readBounded(request.body, maxBytes);
  if (!read.ok) return { ok: false, response: tooLarge() };
  let json: unknown;
  try {
    json = wellFormed(JSON.parse(read.text));
  } catch {
    return { ok: false, response: apiError("invalid_json") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, response: apiError("invalid_request", describeIssues(parsed.error.issues)) };
  return { ok: true, body: parsed.data };
}
