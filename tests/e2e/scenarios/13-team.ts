import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { sendChat } from "../harness/chat";
import type { Scenario } from "../harness/scenario";
import { E2E_ADMIN, ensureMember, sessionCookie, signInPage, teamFetch } from "../harness/team";

const TEAM_PAGES = [
  "/traces",
  "/traces/c_x",
  "/annotate",
  "/annotate/axial",
  "/annotate/t/c_x",
  "/annotate/q/q_x",
  "/evals",
  "/team",
];
const TEAM_APIS: [method: string, path: string, body?: unknown][] = [
  ["GET", "/api/annotate/export?format=csv"],
  ["GET", "/api/annotate/traces/c_x"],
  ["GET", "/api/annotate/taxonomy"],
  ["GET", "/api/annotate/filters"],
  ["POST", "/api/annotate/labels", { traceId: "c_x", verdict: "fail", note: "x", firstFailTurn: 1, factIds: [] }],
  ["POST", "/api/annotate/labels/undo", { traceId: "c_x" }],
  ["POST", "/api/annotate/taxonomy", { baseVersion: 0, change: { kind: "create_mode", mode: { name: "x" } } }],
  ["POST", "/api/annotate/queues", { spec: { filter: {} } }],
  ["POST", "/api/annotate/filters", { name: "x", spec: { filter: {} } }],
  ["DELETE", "/api/annotate/filters", { name: "x" }],
  ["POST", "/api/annotate/import", { fileName: "x.csv", text: "a" }],
  ["POST", "/api/annotate/suggestions", {}],
  ["GET", "/api/team/users"],
  ["POST", "/api/team/users", { email: "x@x.test", name: "x", password: "0123456789", role: "admin" }],
  ["GET", "/api/team/tokens"],
  ["POST", "/api/team/tokens", { name: "x", role: "admin" }],
];

/** A raw HTTP request with a chosen Host header (fetch will not forge one). */
function raw(baseUrl: string, method: string, path: string, host: string, body?: unknown) {
  const url = new URL(baseUrl);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const length = payload === undefined ? {} : { "content-length": String(Buffer.byteLength(payload)) };
  return new Promise<{ status: number; location: string | undefined; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { host, "content-type": "application/json", ...length },
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: text }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Team sign-in, roles, refusals and customer isolation. */
export const scenarios: Scenario[] = [
  {
    name: "team: an empty store offers the first admin, who then signs in and reaches the trace browser",
    async run(ctx) {
      const base = await ctx.startApp({ SIGN_IN_ATTEMPTS_PER_MINUTE: "3" });
      const page = await ctx.newPage();
      await page.goto(`${base}/traces`);
      await page.waitForURL(/\/sign-in\?next=%2Ftraces/);
      await page.getByRole("heading", { name: "Create the first admin" }).waitFor();
      await page.getByLabel("Your name").fill("Jo");
      await page.getByLabel("E-mail").fill("jo@shop.test");
      await page.getByLabel(/^Password/).fill("a long enough password");
      await page.getByRole("button", { name: "Create admin and sign in" }).click();
      await page.waitForURL(`${base}/traces`);
      await page.getByRole("link", { name: "Annotate" }).waitFor();
      await ctx.screenshot(page, "13-first-admin");
      const again = await fetch(`${base}/api/team/setup`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base },
        body: JSON.stringify({ email: "evil@x.test", name: "x", password: "0123456789ab" }),
      });
      assert.equal(again.status, 409, "a second first admin is refused");
      // A fresh browser now gets the sign-in form, and repeated wrong passwords are rate-limited.
      const other = await ctx.newPage();
      await other.goto(`${base}/sign-in`);
      await other.getByRole("heading", { name: "Team sign-in" }).waitFor();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await fetch(`${base}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: base, "x-forwarded-for": `10.0.0.${i}` },
          body: JSON.stringify({ email: "jo@shop.test", password: "wrong password" }),
        });
        statuses.push(r.status);
      }
      assert.equal(statuses.at(-1), 429, `sign-in attempts rate-limited whatever X-Forwarded-For says: ${statuses}`);
      // Sign-out ends the session.
      await page.goto(`${base}/team`);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/sign-in/);
      await page.goto(`${base}/traces`);
      await page.waitForURL(/\/sign-in/);
    },
  },
  {
    name: "team: every team page and API is refused without a session, forged Host or not",
    async run(ctx) {
      const base = ctx.baseUrl;
      await sessionCookie(base); // the admin exists, so the store is not "empty"
      for (const host of [new URL(base).host, "localhost", "127.0.0.1:3000"]) {
        for (const path of TEAM_PAGES) {
          const r = await raw(base, "GET", path, host);
          assert.ok(r.status === 307 || r.status === 303, `${path} (Host ${host}) → ${r.status}`);
          assert.match(r.location ?? "", /\/sign-in\?next=/, `${path} redirects to sign-in`);
        }
        for (const [method, path, body] of TEAM_APIS) {
          const r = await raw(base, method, path, host, body);
          assert.equal(r.status, 401, `${method} ${path} (Host ${host}) → ${r.status} ${r.body.slice(0, 200)}`);
          assert.equal(JSON.parse(r.body).error.code, "sign_in_required");
        }
      }
      const forgedToken = await fetch(`${base}/api/annotate/export`, {
        headers: { authorization: "Bearer jbs_forged" },
      });
      assert.equal(forgedToken.status, 401);
    },
  },
  {
    name: "team: roles — a viewer reads but cannot label, an annotator labels, tokens act with their role",
    async run(ctx) {
      const base = ctx.baseUrl;
      const viewer = { email: "viewer@e2e.test", password: "viewer-password", role: "viewer" };
      const annotator = { email: "annotator@e2e.test", password: "annotator-password", role: "annotator" };
      await ensureMember(base, viewer);
      await ensureMember(base, annotator);
      const customer = await ctx.newPage();
      await customer.goto(base);
      const { turn } = await sendChat(customer, "What are your opening hours?");
      const label = { traceId: turn.conversationId, verdict: "pass", note: "", firstFailTurn: null, factIds: [] };
      const asViewer = await teamFetch(
        base,
        "/api/annotate/labels",
        { method: "POST", body: JSON.stringify(label) },
        viewer,
      );
      assert.equal(asViewer.status, 403, "a viewer cannot label");
      assert.equal((await asViewer.json()).error.code, "forbidden");
      assert.equal((await teamFetch(base, `/api/annotate/traces/${turn.conversationId}`, {}, viewer)).status, 200);
      const asAnnotator = await teamFetch(
        base,
        "/api/annotate/labels",
        { method: "POST", body: JSON.stringify(label) },
        annotator,
      );
      assert.equal(asAnnotator.status, 200, await asAnnotator.clone().text());
      assert.equal((await asAnnotator.json()).label.annotator, "annotator", "the label carries the session's name");
      const page = await ctx.newPage();
      await signInPage(page, base, viewer);
      await page.goto(`${base}/annotate/t/${turn.conversationId}`);
      await page.getByTestId("annotator").getByText("read-only (viewer)").waitFor();
      assert.equal((await teamFetch(base, "/api/team/users", {}, annotator)).status, 403, "only admins manage users");
      // An admin-made token, then revoked.
      const created = await teamFetch(base, "/api/team/tokens", {
        method: "POST",
        body: JSON.stringify({ name: "ci", role: "viewer" }),
      });
      const { token, apiToken } = (await created.json()) as { token: string; apiToken: { id: string } };
      const bearer = { authorization: `Bearer ${token}` };
      assert.equal((await fetch(`${base}/api/annotate/export?format=jsonl`, { headers: bearer })).status, 200);
      const write = await fetch(`${base}/api/annotate/labels`, {
        method: "POST",
        headers: { ...bearer, "content-type": "application/json" },
        body: JSON.stringify(label),
      });
      assert.equal(write.status, 403, "a viewer token cannot label");
      await teamFetch(base, "/api/team/tokens", { method: "DELETE", body: JSON.stringify({ id: apiToken.id }) });
      assert.equal(
        (await fetch(`${base}/api/annotate/export`, { headers: bearer })).status,
        401,
        "a revoked token is refused",
      );
      assert.ok(E2E_ADMIN.email);
    },
  },
  {
    name: "customers: a conversation id alone opens nothing; the chat page has no team links",
    async run(ctx) {
      const base = ctx.baseUrl;
      const alice = await ctx.newPage();
      await alice.goto(base);
      const { turn } = await sendChat(alice, "I'd like to book a tune-up");
      const id = turn.conversationId;
      for (const href of ["/traces", "/annotate", "/evals", "/team"])
        assert.equal(await alice.locator(`a[href^="${href}"]`).count(), 0, `no ${href} link for customers`);
      assert.equal(await alice.getByTestId("machine-state").count(), 0, "no machine state for customers");
      await alice.reload();
      await alice.locator('[data-role="assistant"]').first().waitFor();
      assert.equal(
        (await alice.locator('[data-role="assistant"]').count()) >= 1,
        true,
        "Alice's reload keeps her history",
      );
      const mine = await alice.evaluate(async (u) => (await fetch(u)).status, `/api/conversations/${id}`);
      assert.equal(mine, 200);

      const bob = await ctx.newPage();
      await bob.goto(`${base}/?c=${id}`);
      await bob.getByText("We couldn't find that conversation").waitFor();
      const tries = await bob.evaluate(async (cid) => {
        const post = (path: string, body: unknown) =>
          fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        return {
          read: (await fetch(`/api/conversations/${cid}`)).status,
          chat: (await post("/api/chat", { conversationId: cid, message: "cancel my booking" })).status,
          feedback: (await post("/api/feedback", { conversationId: cid, turnIndex: 1, rating: "down" })).status,
        };
      }, id);
      assert.deepEqual(
        tries,
        { read: 404, chat: 404, feedback: 404 },
        "Bob cannot read, continue or rate Alice's chat",
      );
      const noCookie = await fetch(`${base}/api/conversations/${id}`);
      assert.equal(noCookie.status, 404);
      const setCookie = (await alice.context().cookies()).find((c) => c.name === "jbs_chat");
      assert.ok(setCookie?.httpOnly && setCookie.sameSite === "Lax", "the chat key is an httpOnly SameSite cookie");
    },
  },
];
