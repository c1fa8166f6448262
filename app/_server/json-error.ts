import "server-only";
import type { ApiError } from "../_lib/chat-dto";

/** A JSON error response in the API's one error shape. */
export function jsonError(status: number, code: string, message: string): Response {
  const body: ApiError = { error: { code, message } };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** Reads a JSON request body with a size cap; returns an error response instead of throwing on bad input. */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, "invalid_json", "The request body is not valid JSON.") };
  }
}

function tooLarge(maxBytes: number) {
  return jsonError(413, "body_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}

/** The message of a failed zod parse as one readable sentence ("message: expected string"). */
export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message)).join("; ");
}
