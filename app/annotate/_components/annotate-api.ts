"use client";

/** A failed API call: HTTP status, error code and a message to show; `rows` for a refused import. */
export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
  message: string;
  rows?: { line: number; message: string }[];
}

/** A JSON call's outcome as a value: the parsed body, or why it failed (network errors included). */
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

/**
 * Sends an annotation write with the session cookie (the server records the signed-in member as the annotator).
 * `keepalive` lets a final auto-save finish while the page unloads. `_settings` is unused since identity moved to
 * the session; callers keep passing it.
 */
export async function sendWrite<T>(
  method: "POST" | "DELETE",
  path: string,
  body: Record<string, unknown>,
  _settings?: unknown,
  options: { keepalive?: boolean } = {},
): Promise<ApiResult<T>> {
  return call<T>(path, {
    method,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    keepalive: options.keepalive,
  });
}

/** A GET of JSON. */
export function getJson<T>(path: string, signal?: AbortSignal): Promise<ApiResult<T>> {
  return call<T>(path, { signal });
}

async function call<T>(path: string, init: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, cache: "no-store" });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    return {
      ok: false,
      status: 0,
      code: "network",
      message: "The server could not be reached; your change is not saved yet.",
    };
  }
  const json = (await response.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string }; rows?: ApiFailure["rows"] })
    | null;
  if (response.ok && json) return { ok: true, data: json };
  return {
    ok: false,
    status: response.status,
    code: json?.error?.code ?? "http_error",
    message: json?.error?.message ?? `The server answered ${response.status}.`,
    rows: json?.rows,
  };
}
