/**
 * Scripts added to every test page before the app loads (test instrumentation only; the app knows nothing of them).
 *
 * - `__name`: tsx compiles this suite with esbuild's keepNames, which wraps named functions inside `page.evaluate`
 *   callbacks in a `__name(fn, "name")` helper that does not exist in the page.
 * - The chat tap: wraps `fetch` so each POST /api/chat response is teed and recorded chunk by chunk in
 *   `window.__chatTap` (Chromium's devtools cannot return the body of a streamed response reliably).
 */
export const PAGE_INIT_SCRIPT = `
window.__name = (fn) => fn;
window.__chatTap = [];
const originalFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const res = await originalFetch(input, init);
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (!url.endsWith("/api/chat") || !res.body) return res;
  const [mine, theirs] = res.body.tee();
  const record = { status: res.status, contentType: res.headers.get("content-type") ?? "", chunks: 0, text: "", done: false };
  window.__chatTap.push(record);
  (async () => {
    const reader = theirs.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      record.chunks++;
      record.text += decoder.decode(value, { stream: true });
    }
    record.done = true;
  })();
  return new Response(mine, { status: res.status, statusText: res.statusText, headers: res.headers });
};
`;

/** One recorded POST /api/chat response. */
export interface TappedResponse {
  status: number;
  contentType: string;
  chunks: number;
  text: string;
  done: boolean;
}
