/** The security scenarios' client: a hostile-named annotator and a customer, their cookies, API calls and pages. */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { ensureMember, sessionCookie, signInPage } from "./team";

/** The hostile name of the security scenarios' annotator: it must show as text on every screen. */
export const ANNOTATOR = '<svg onload="window.__pwned=6">';

/** The annotator of these scenarios: a team member whose name is itself hostile. */
export const SEC_MEMBER = {
  email: "sec@e2e.test",
  password: "sec-member-password",
  role: "annotator",
  name: ANNOTATOR,
};
/** Per app: the customer's chat-key cookie (shared by the browser page and the API calls of a scenario). */
export const chatKeys = new Map<string, string>();

/** The cookies a request to `url` carries: the customer's chat key and the hostile-named annotator's session. */
export async function cookiesFor(url: string): Promise<string> {
  const base = new URL(url).origin;
  await ensureMember(base, SEC_MEMBER);
  return [chatKeys.get(base), await sessionCookie(base, SEC_MEMBER)].filter(Boolean).join("; ");
}

/** A GET with the scenario's cookies. */
export async function get(url: string): Promise<Response> {
  return fetch(url, { headers: { cookie: await cookiesFor(url) } });
}

/** A JSON POST; `origin` is sent as the Origin header (a same-origin page, or the attacker's). */
export async function post(url: string, body: unknown, origin: string | null, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    cookie: await cookiesFor(url),
    ...extra,
  };
  if (origin) headers.origin = origin;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  const key = res.headers.getSetCookie().find((c) => c.startsWith("jbs_chat="));
  if (key) chatKeys.set(new URL(url).origin, key.split(";")[0]!);
  return { status: res.status, text: await res.text() };
}

/** A page with the customer's chat key and the annotator's session. */
export async function teamPage(page: Page, base: string) {
  await signInPage(page, base, SEC_MEMBER);
  const key = chatKeys.get(base);
  if (key) {
    const [name, value] = key.split("=") as [string, string];
    await page
      .context()
      .addCookies([{ name, value, domain: new URL(base).hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
  }
}

/** One chat turn through the API; returns the conversation id from the final NDJSON event. */
export async function chatTurn(base: string, message: string, conversationId?: string): Promise<string> {
  const r = await post(`${base}/api/chat`, { conversationId, message }, base);
  assert.equal(r.status, 200, `POST /api/chat: ${r.text.slice(0, 200)}`);
  const last = JSON.parse(r.text.trim().split("\n").at(-1)!) as { turn?: { conversationId: string } };
  assert.ok(last.turn, `the stream ended with a turn: ${r.text.slice(-200)}`);
  return last.turn.conversationId;
}
