"use client";

/** A JSON call's outcome as a value: the parsed body, or the status and message to show. */
export type PostResult = { ok: true; data: unknown } | { ok: false; status: number; message: string };

/** Sends JSON with the given method; reads the app's error shape (or the auth library's `{ message }`) on failure. */
export async function postJson(path: string, body: unknown, method: "POST" | "DELETE" = "POST"): Promise<PostResult> {
  try {
    const r = await fetch(path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await r.json().catch(() => null)) as { error?: { message?: string }; message?: string } | null;
    if (r.ok) return { ok: true, data: json };
    return {
      ok: false,
      status: r.status,
      message: json?.error?.message ?? json?.message ?? `The server answered ${r.status}.`,
    };
  } catch {
    return { ok: false, status: 0, message: "The server could not be reached." };
  }
}
