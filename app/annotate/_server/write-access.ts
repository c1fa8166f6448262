import { createHash, timingSafeEqual } from "node:crypto";
import { checkRequestOrigin } from "../../_server/request-origin";

/** The header the annotation screen sends its token in. */
export const TOKEN_HEADER = "x-annotation-token";

/** Why a write was refused (status, code, message), or ok. */
export type WriteAccess = { ok: true } | { ok: false; status: 401 | 403; code: string; message: string };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** True for localhost / loopback host names (with or without a port). */
export function isLoopbackHost(host: string | null): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d+$/, "");
  return LOCAL_HOSTS.has(name.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(name);
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * May this request write labels? (pure over headers and env). Cross-site writes are always refused (the app's one
 * CSRF rule, `checkRequestOrigin`). When `ANNOTATION_TOKEN` is set every write must carry it; when it is not set,
 * writes are allowed only while the app is addressed as localhost/127.0.0.1 — served beyond that, writes need the
 * token.
 */
export function checkWriteAccess(headers: Headers, env: Record<string, string | undefined>): WriteAccess {
  const origin = checkRequestOrigin(headers);
  if (!origin.ok) return origin;
  const { host, originHost } = origin;
  const token = env.ANNOTATION_TOKEN?.trim();
  if (token) {
    const given = headers.get(TOKEN_HEADER) ?? "";
    if (timingSafeEqual(digest(given), digest(token))) return { ok: true };
    return {
      ok: false,
      status: 401,
      code: "token_required",
      message: "This server requires the annotation token for writes; enter it in the annotation settings.",
    };
  }
  if (isLoopbackHost(host) && (originHost === null || isLoopbackHost(originHost))) return { ok: true };
  return {
    ok: false,
    status: 403,
    code: "writes_disabled",
    message:
      "Annotation writes beyond localhost need ANNOTATION_TOKEN set on the server (and entered in the settings).",
  };
}
