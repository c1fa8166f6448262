import "server-only";
import type { z } from "zod";
import { describeIssues, jsonError, readJsonBody } from "../../_server/json-error";
import { checkWriteAccess } from "./write-access";

/**
 * The front half of every annotation write: write access (CSRF + token), a size-capped JSON body and its zod parse.
 * Returns the parsed body or the error response to send.
 */
export async function readWrite<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = 64 * 1024,
): Promise<{ ok: true; body: z.infer<T> } | { ok: false; response: Response }> {
  const access = checkWriteAccess(request.headers, process.env);
  if (!access.ok) return { ok: false, response: jsonError(access.status, access.code, access.message) };
  const read = await readJsonBody(request, maxBytes);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.body);
  if (!parsed.success)
    return { ok: false, response: jsonError(422, "invalid_request", describeIssues(parsed.error.issues)) };
  return { ok: true, body: parsed.data };
}

/**
 * Runs a route handler body, turning an unexpected error into a logged 500 in the API's one error shape (expected
 * failures are values and never get here).
 */
export async function guarded(name: string, fn: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    console.error(`[annotate] ${name} failed`, error);
    return jsonError(500, "internal_error", "Something went wrong saving annotations; nothing was half-written.");
  }
}

/** A JSON success response that is never cached. */
export const ok = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
