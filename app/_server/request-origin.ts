/** The outcome of the CSRF check: pass (with the hosts it compared) or a 403 to send, with a readable message. */
export type RequestOrigin =
  | {
      ok: true;
      /** The host the request addressed (`X-Forwarded-Host` first value, else `Host`); null when neither was sent. */
      host: string | null;
      /** The host part of `Origin`; null when the request carried no `Origin`. */
      originHost: string | null;
    }
  | { ok: false; status: 403; code: "cross_origin"; message: string };

/**
 * The CSRF rule shared by every route that writes (chat, feedback, annotation labels and taxonomy): pure over the
 * request headers, so one table-driven test pins it down.
 *
 * Policy — a write must come from a page of this app, or from no browser at all:
 * - `Origin` present (every browser sends it on a POST, same-origin or not, and a page cannot forge it): its host
 *   (name and port) must equal the host the request addressed — the first `X-Forwarded-Host` value when a proxy set
 *   one (Next.js itself fills it from `Host`), else `Host` — compared case-insensitively. The scheme is not compared:
 *   behind a TLS-terminating proxy the server sees http. `Origin: null` (sandboxed frames, `file:`, privacy
 *   redirects) and unparsable values are refused.
 * - `Origin` absent: a browser that says `Sec-Fetch-Site` is anything but `same-origin` or `none` (a typed URL or
 *   bookmark) is refused — `same-site` too, so a sibling subdomain cannot write.
 * - Neither header: not a browser (curl, scripts, the e2e load test). CSRF needs a victim's browser, so these pass;
 *   who may write at all is a separate rule (e.g. the annotation token).
 * A page on another site cannot forge these headers: `Origin` and `Sec-Fetch-*` are set by the browser, and adding
 * `X-Forwarded-Host` needs a CORS preflight, which this app never grants. Checking the body's content type would not
 * be enough: a cross-site `<form enctype="text/plain">` can post a body that parses as JSON.
 */
export function checkRequestOrigin(headers: Headers): RequestOrigin {
  const host = addressedHost(headers);
  const origin = headers.get("origin");
  if (origin !== null) {
    const originHost = hostOf(origin);
    if (originHost && host && originHost === host.toLowerCase()) return { ok: true, host, originHost };
    return refuse(
      `This request came from another site (Origin ${clip(origin)}${host ? `, but this is ${clip(host)}` : ""}), ` +
        "so it was refused. Send it from a page of this app.",
    );
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none")
    return refuse(`This request came from another site (Sec-Fetch-Site: ${clip(site)}), so it was refused.`);
  return { ok: true, host, originHost: null };
}

function addressedHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host") || null;
}

/** The lower-cased `host` (name:port, default port dropped) of an Origin value; null for "null" or garbage. */
function hostOf(origin: string): string | null {
  if (origin === "null") return null;
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

// Header values are attacker-chosen: keep them short in messages.
const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

const refuse = (message: string): RequestOrigin => ({ ok: false, status: 403, code: "cross_origin", message });
