import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";

/** A loopback HTTP server that records every request: a beacon (answers an empty image) or one page of HTML. */
export interface TinyServer {
  url: string;
  /** "METHOD /path" of every request so far. */
  hits: string[];
  close(): Promise<void>;
}

/** Starts a tiny server on a free loopback port: a counting beacon, or (with `html`) a page such as an attacker's. */
export async function startTinyServer(html = ""): Promise<TinyServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "content-type": html ? "text/html" : "image/png" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Collects a page's console errors and uncaught errors. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster"];

/**
 * Reads the live DOM (every `<details>` opened first): the text a reader sees (text nodes outside script/style, plus
 * form field values), every URL attribute that is `javascript:` or points at `beaconHost`, every inline handler that
 * mentions `__pwned`, and `window.__pwned` (set only if a hostile script ran).
 */
export async function inspectDom(page: Page, beaconHost: string) {
  return page.evaluate(
    ([beaconHost, urlAttributes]) => {
      for (const d of document.querySelectorAll("details")) d.open = true;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const tag = n.parentElement?.tagName;
        if (tag !== "SCRIPT" && tag !== "STYLE" && tag !== "NOSCRIPT" && tag !== "TEMPLATE") text += `${n.nodeValue}\n`;
      }
      for (const el of document.querySelectorAll<HTMLInputElement>("input, textarea")) text += `${el.value}\n`;
      const bad: string[] = [];
      for (const el of document.querySelectorAll("*"))
        for (const a of el.attributes) {
          const v = a.value.trim().toLowerCase();
          const tag = el.tagName.toLowerCase();
          if (urlAttributes.includes(a.name) && (v.startsWith("javascript:") || v.includes(beaconHost)))
            bad.push(`<${tag} ${a.name}="${a.value}">`);
          if (a.name.startsWith("on") && v.includes("__pwned")) bad.push(`<${tag} ${a.name}="${a.value}">`);
        }
      return { text, bad, pwned: (window as { __pwned?: unknown }).__pwned ?? null };
    },
    [beaconHost, URL_ATTRIBUTES] as const,
  );
}

/**
 * Opens a screen and asserts it is inert: HTTP 200, no script ran (`window.__pwned` unset), no `javascript:` URL,
 * inline handler or beacon reference in the DOM, no request to the beacon (seen by the browser or the server), no
 * console error — and every string in `shows` is on the page as text.
 */
export async function assertInertScreen(
  page: Page,
  url: string,
  o: { beacon: TinyServer; shows: readonly string[]; ready?: string },
): Promise<void> {
  const where = url.replace(/^https?:\/\/[^/]+/, "");
  const errors = watchConsole(page);
  const requested: string[] = [];
  page.on("request", (r) => r.url().startsWith(o.beacon.url) && requested.push(r.url()));
  const res = await page.goto(url);
  assert.equal(res?.status(), 200, `${where} answered ${res?.status()}`);
  // Hydration and prefetches settle; a page that keeps a connection open still gets checked.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  if (o.ready) await page.locator(o.ready).first().waitFor();
  const dom = await inspectDom(page, o.beacon.url.replace(/^https?:\/\//, ""));
  assert.equal(dom.pwned, null, `${where}: window.__pwned is ${String(dom.pwned)}: a hostile script ran`);
  assert.deepEqual(dom.bad, [], `${where}: a script URL, inline handler or beacon reference reached the DOM`);
  assert.deepEqual(requested, [], `${where}: the browser requested the beacon`);
  assert.deepEqual(o.beacon.hits, [], `${where}: the beacon server was hit`);
  for (const s of o.shows) assert.ok(dom.text.includes(s), `${where}: ${JSON.stringify(s)} is shown as text`);
  assert.deepEqual(errors, [], `${where}: console errors`);
}
