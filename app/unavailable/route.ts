import { safeNext } from "../_lib/safe-next";
import { ERRORS } from "../_server/errors";
import { route } from "../_server/route";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * GET /unavailable?from=/traces: the 503 page a team page sends the browser to when the database is read-only, full
 * or cannot be opened — the error table's message, a Retry-After, and a link back to the page.
 */
export const GET = route({ name: "store unavailable page", access: "public" }, ({ request }) => {
  const from = safeNext(new URL(request.url).searchParams.get("from"));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Database unavailable</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>The database is unavailable</h1>
<p role="alert">${escapeHtml(ERRORS.store_unavailable.message)}</p>
<p>Nothing was lost or half-written. <a href="${escapeHtml(from)}">Try again</a></p>
</body></html>`;
  return new Response(html, {
    status: ERRORS.store_unavailable.status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "30" },
  });
});
