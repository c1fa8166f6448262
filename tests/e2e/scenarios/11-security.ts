import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FakeResponder, type FakeStep, startFakeOpenAI } from "../../support/fake-openai";
import { sendChat } from "../harness/chat";
import { assertInertScreen, inspectDom, startTinyServer, watchConsole } from "../harness/inert-page";
import type { Scenario } from "../harness/scenario";
import { freePort, startApp } from "../harness/server";
import { ensureMember, sessionCookie, signInPage } from "../harness/team";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const EVIL = "http://evil.example";
const SECRET = "sk-test-SECRET-123";

/** The hostile strings: each must show as text and never run, load or become a link. */
const hostile = (beacon: string) => [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=2">',
  "[click](javascript:window.__pwned=3)",
  "javascript:window.__pwned=4",
  `![beacon](${beacon}/b.png)`,
  `[our other shop](${beacon}/link)`,
];
const ANNOTATOR = '<svg onload="window.__pwned=6">';
const MODE_NAME = '<img src=x onerror="window.__pwned=5">';

/** The annotator of these scenarios: a team member whose name is itself hostile. */
const SEC_MEMBER = { email: "sec@e2e.test", password: "sec-member-password", role: "annotator", name: ANNOTATOR };
/** Per app: the customer's chat-key cookie (shared by the browser page and the API calls of a scenario). */
const chatKeys = new Map<string, string>();

/** The cookies a request to `url` carries: the customer's chat key and the hostile-named annotator's session. */
async function cookiesFor(url: string): Promise<string> {
  const base = new URL(url).origin;
  await ensureMember(base, SEC_MEMBER);
  return [chatKeys.get(base), await sessionCookie(base, SEC_MEMBER)].filter(Boolean).join("; ");
}

/** A GET with the scenario's cookies. */
async function get(url: string): Promise<Response> {
  return fetch(url, { headers: { cookie: await cookiesFor(url) } });
}

/** A JSON POST; `origin` is sent as the Origin header (a same-origin page, or the attacker's). */
async function post(url: string, body: unknown, origin: string | null, extra: Record<string, string> = {}) {
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
async function teamPage(page: import("playwright-core").Page, base: string) {
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
async function chatTurn(base: string, message: string, conversationId?: string): Promise<string> {
  const r = await post(`${base}/api/chat`, { conversationId, message }, base);
  assert.equal(r.status, 200, `POST /api/chat: ${r.text.slice(0, 200)}`);
  const last = JSON.parse(r.text.trim().split("\n").at(-1)!) as { turn?: { conversationId: string } };
  assert.ok(last.turn, `the stream ended with a turn: ${r.text.slice(-200)}`);
  return last.turn.conversationId;
}

/** Every file under a directory (recursively) that contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hits.push(...filesContaining(path, needle));
    else if (readFileSync(path).includes(needle)) hits.push(path);
  }
  return hits;
}

/**
 * A fake model whose calls fail in turn, per kind of call (understanding, streamed reply, judge, grouping): a 500, an
 * invalid answer, a 401 whose message echoes the Authorization header (some OpenAI-compatible servers do: the worst
 * realistic case), and then a refusal or a good answer.
 */
function failingModel(): FakeResponder {
  const counters = new Map<string, number>();
  const noRetry = { "x-should-retry": "false" };
  return (body, request) => {
    const kind = body.stream ? "reply" : ((body.response_format as { type?: string } | undefined)?.type ?? "plain");
    const n = counters.get(kind) ?? 0;
    counters.set(kind, n + 1);
    const echo: FakeStep = {
      kind: "status",
      status: 401,
      body: { error: { message: `Incorrect API key provided: ${String(request.headers.authorization)}` } },
    };
    const last: FakeStep =
      kind === "reply"
        ? { kind: "stream", chunks: ["Happy ", "to help."] }
        : kind === "json_object"
          ? { kind: "json", content: JSON.stringify({ critique: "fine", verdict: "pass", turn: null }) }
          : { kind: "refusal", refusal: "I can't help with that." };
    const cycle: FakeStep[] = [
      { kind: "status", status: 500, headers: noRetry },
      { kind: "json", content: "{not json" },
      echo,
      last,
    ];
    return cycle[n % cycle.length]!;
  };
}

/** Runs `pnpm eval --limit 3` with its database and reports under `dir`; returns the exit code and the output. */
function runEvalCli(dir: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  const db = join(dir, "eval.db");
  const args = ["evals/cli.ts", "--limit", "3", "--database", db, "--reports", join(dir, "reports")];
  const child = spawn("node_modules/.bin/tsx", args, {
    cwd: ROOT,
    env: { ...env, DATABASE_PATH: db },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += String(d)));
  child.stderr.on("data", (d) => (log += String(d)));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, log })));
}

export const scenarios: Scenario[] = [
  {
    name: "security: hostile chat messages, feedback and annotation notes are inert on every screen",
    timeoutMs: 180_000,
    async run(ctx) {
      // Its own app and database, so the labels and taxonomy written here do not disturb the annotation scenario.
      const base = await ctx.startApp({});
      const beacon = await startTinyServer();
      try {
        const H = hostile(beacon.url);
        const page = await ctx.newPage("desktop");
        const chatErrors = watchConsole(page);
        await page.goto(`${base}/`);
        // Conversation A through the chat window, one hostile string per message.
        let a = "";
        for (const s of H) {
          const sent = await sendChat(page, s);
          a = sent.turn.conversationId;
          const key = (await page.context().cookies()).find((c) => c.name === "jbs_chat");
          if (key) chatKeys.set(base, `jbs_chat=${key.value}`);
          assert.equal(await page.locator('[data-role="user"] [data-part="bubble"]').last().textContent(), s);
        }
        // Feedback through the chat window (a same-origin browser POST must pass the CSRF check).
        await page.getByRole("button", { name: "Not helpful" }).last().click();
        await page.getByText("Thanks for the feedback!").waitFor();
        await page.getByLabel("Anything to add? (optional)").fill(H.join(" "));
        await page.getByRole("button", { name: "Send comment" }).click();
        await page.getByText("Comment saved.").waitFor();
        assert.deepEqual(chatErrors, [], "no console errors while chatting");
        // Conversation B through the API, every hostile string in one message; feedback per turn of A via the API,
        // except the last turn: one feedback per reply (upsert), so it keeps the chat window's comment.
        const b = await chatTurn(base, H.join("\n"));
        for (const [i, s] of H.slice(0, -1).entries()) {
          const r = await post(
            `${base}/api/feedback`,
            { conversationId: a, turnIndex: i + 1, rating: "down", comment: s },
            base,
          );
          assert.equal(r.status, 201, r.text);
        }
        // Annotation: hostile notes, a hostile annotator name, a hostile mode and a hostile queue title.
        for (const [traceId, note] of [
          [a, H.join("\n")],
          [b, H[1]!],
        ] as const) {
          const label = { traceId, verdict: "fail", note, firstFailTurn: 1, factIds: [] };
          const r = await post(`${base}/api/annotate/labels`, label, base);
          assert.equal(r.status, 200, r.text);
        }
        const mode = { name: MODE_NAME, definition: H.join(" "), factIds: [] };
        const tax = await post(
          `${base}/api/annotate/taxonomy`,
          { baseVersion: 0, change: { kind: "create_mode", mode, traceIds: [b] } },
          base,
        );
        assert.equal(tax.status, 201, tax.text);
        const modeId = (
          JSON.parse(tax.text) as { taxonomy: { taxonomy: { modes: { id: string; name: string }[] } } }
        ).taxonomy.taxonomy.modes.find((m) => m.name === MODE_NAME)!.id;
        const queue = await post(
          `${base}/api/annotate/queues`,
          { title: H[1], spec: { filter: { unlabelledOnly: false } } },
          base,
        );
        assert.equal(queue.status, 201, queue.text);
        const queueId = (JSON.parse(queue.text) as { queue: { id: string } }).queue.id;

        const screens: { path: string; shows: string[]; ready?: string; triage?: boolean }[] = [
          { path: "/", shows: [] },
          { path: `/?c=${a}`, shows: H, ready: '[data-role="user"]' },
          { path: `/?c=${b}`, shows: H, ready: '[data-role="user"]' },
          { path: "/traces", shows: [H[0]!] },
          { path: `/traces?q=${encodeURIComponent("<script>")}`, shows: [H[0]!], ready: "tbody tr" },
          { path: `/traces?q=${encodeURIComponent("javascript:")}`, shows: [H[0]!], ready: "tbody tr" },
          { path: `/traces/${a}`, shows: [...H, H.join(" ")] },
          { path: `/traces/${b}`, shows: H },
          { path: "/annotate", shows: [H[1]!] },
          { path: `/annotate/q/${queueId}?at=1`, shows: [...H, H.join("\n")], ready: "[data-turn]" },
          {
            path: `/annotate/q/${queueId}?at=1`,
            shows: [...H, H.join("\n"), "Evaluator verdicts"],
            ready: "[data-turn]",
            triage: true,
          },
          { path: `/annotate/t/${b}`, shows: [...H, H[1]!], ready: "[data-turn]" },
          { path: "/annotate/axial", shows: [...H, MODE_NAME, ANNOTATOR], ready: "[data-note]" },
          { path: `/annotate/axial?mode=${modeId}#traces`, shows: [MODE_NAME] },
        ];
        if ((await get(`${base}/evals`)).status === 200) screens.push({ path: "/evals", shows: [] });
        for (const s of screens) {
          const p = await ctx.newPage("desktop");
          await teamPage(p, base);
          if (s.triage)
            await p.addInitScript(() => localStorage.setItem("annotate.settings", JSON.stringify({ triage: true })));
          await assertInertScreen(p, `${base}${s.path}`, { beacon, shows: s.shows, ready: s.ready });
          await p.close();
        }
        ctx.note(`security: ${screens.length} screens checked with hostile content, beacon hits ${beacon.hits.length}`);

        // Control: the same strings rendered as HTML (what a markdown or innerHTML renderer would do) are caught.
        const control = await ctx.newPage("desktop");
        await control.setContent(
          `<div>${H[0]}${H[1]}<a href="javascript:window.__pwned=3">click</a><img src="${beacon.url}/b.png"></div>`,
        );
        await control.waitForFunction(() => (window as { __pwned?: unknown }).__pwned !== undefined);
        const caught = await inspectDom(control, beacon.url.replace(/^http:\/\//, ""));
        assert.notEqual(caught.pwned, null, "control: the detector sees a script run");
        assert.equal(caught.bad.length, 3, `control: the detector sees the handler, link and beacon: ${caught.bad}`);
        assert.ok(beacon.hits.length > 0, "control: the beacon server counts a load");
      } finally {
        await beacon.close();
      }
    },
  },
  {
    name: "security: cross-origin writes to chat, feedback, labels and taxonomy get 403 and write nothing",
    timeoutMs: 120_000,
    async run(ctx) {
      const base = ctx.baseUrl;
      const marker = `csrf-probe-${Date.now().toString(36)}`;
      const a = await chatTurn(base, "What time do you open on Saturday?");
      const note = "first note (same origin)";
      const label = { traceId: a, verdict: "fail", note, firstFailTurn: 1, factIds: [] };
      assert.equal((await post(`${base}/api/annotate/labels`, label, base)).status, 200);
      const taxonomyBefore = await (await get(`${base}/api/annotate/taxonomy`)).json();
      const version = (taxonomyBefore as { taxonomy: { version: number } }).taxonomy.version;

      const attempts: { what: string; path: string; body: unknown; headers?: Record<string, string> }[] = [
        { what: "a new chat", path: "/api/chat", body: { message: marker } },
        { what: "a turn in an existing chat", path: "/api/chat", body: { conversationId: a, message: marker } },
        {
          what: "feedback",
          path: "/api/feedback",
          body: { conversationId: a, turnIndex: 1, rating: "down", comment: marker },
        },
        { what: "a label", path: "/api/annotate/labels", body: { ...label, note: marker } },
        {
          what: "a taxonomy change",
          path: "/api/annotate/taxonomy",
          body: {
            baseVersion: version,
            change: { kind: "create_mode", mode: { name: marker, definition: marker, factIds: [] }, traceIds: [a] },
          },
        },
      ];
      for (const t of attempts) {
        for (const [how, origin, headers] of [
          [`Origin ${EVIL}`, EVIL, {}],
          ["Origin: null", "null", {}],
          ["Sec-Fetch-Site: cross-site", null, { "sec-fetch-site": "cross-site" }],
        ] as const) {
          const r = await post(`${base}${t.path}`, t.body, origin, headers);
          assert.equal(r.status, 403, `${t.what} with ${how}: ${r.status} ${r.text.slice(0, 200)}`);
          const body = JSON.parse(r.text) as { error?: { code?: string; message?: string } };
          assert.equal(body.error?.code, "cross_origin", `${t.what} with ${how}: error code`);
          assert.match(body.error?.message ?? "", /another site/, `${t.what} with ${how}: a clear message`);
        }
      }

      // A real browser on the attacker's site: a text/plain form whose body parses as JSON, auto-submitted.
      const field = (name: string, value: string) => `<input type="hidden" name='${name}' value='${value}'>`;
      const evil = await startTinyServer(
        `<!doctype html><form id="f" method="POST" action="${base}/api/chat" enctype="text/plain">` +
          `${field(`{"message":"${marker}","x":"`, '"}')}</form><script>document.getElementById("f").submit()</script>`,
      );
      try {
        const page = await ctx.newPage("desktop");
        const answered = page.waitForResponse((r) => r.url() === `${base}/api/chat`);
        await page.goto(evil.url);
        assert.equal((await answered).status(), 403, "the browser's cross-site form POST is refused");
      } finally {
        await evil.close();
      }
      // The same body from the shop's own origin is accepted: the Origin check is what stops the form above.
      const control = await fetch(`${base}/api/chat`, {
        method: "POST",
        headers: { "content-type": "text/plain", origin: base },
        body: `{"message":"csrf control","x":"="}`,
      });
      assert.equal(control.status, 200, "a same-origin text/plain JSON body is a normal chat turn");
      await control.text();

      // Nothing was written: the conversation, its trace page, the label and the taxonomy are as before.
      const conv = (await (await get(`${base}/api/conversations/${a}`)).json()) as { turns: { user: string }[] };
      assert.deepEqual(
        conv.turns.map((t) => t.user),
        ["What time do you open on Saturday?"],
      );
      assert.ok(!(await (await get(`${base}/traces/${a}`)).text()).includes(marker), "no feedback or turn stored");
      const review = (await (await get(`${base}/api/annotate/traces/${a}`)).json()) as { label: { note: string } };
      assert.equal(review.label.note, note, "the label is unchanged");
      assert.deepEqual(await (await get(`${base}/api/annotate/taxonomy`)).json(), taxonomyBefore);
      const list = await ctx.newPage("desktop");
      await teamPage(list, base);
      await list.goto(`${base}/traces?q=${marker}`);
      await list.getByRole("heading", { level: 1 }).first().waitFor();
      assert.equal(await list.locator("tbody tr").count(), 0, "no conversation holds the probe text");
    },
  },
  {
    name: "security: the API key never reaches a trace, a log or an eval report, even when model calls fail",
    timeoutMs: 240_000,
    async run(ctx) {
      const fake = await startFakeOpenAI({ respond: failingModel() });
      const dir = mkdtempSync(join(tmpdir(), "bikeshop-secret-"));
      const env = {
        ...process.env,
        OPENAI_API_KEY: SECRET,
        OPENAI_BASE_URL: fake.baseURL,
        LLM_MAX_RETRIES: "0",
        LLM_TIMEOUT_MS: "5000",
        NEXT_TELEMETRY_DISABLED: "1",
      };
      try {
        // The app: chat turns, a label and "suggest groups" (the annotation LLM call), each model call failing in turn.
        const appDir = join(dir, "app");
        const app = await startApp(ROOT, await freePort(), { ...env, DATABASE_PATH: join(appDir, "bikeshop.db") });
        let suggestions = "";
        try {
          let id: string | undefined;
          for (const m of ["Are you open Sunday?", "How much is a tune-up?", "Book me a tune-up", "Friday", "10:30am"])
            id = await chatTurn(app.baseUrl, m, id);
          const label = {
            traceId: id,
            annotator: "sec",
            verdict: "fail",
            note: "wrong",
            firstFailTurn: 1,
            factIds: [],
          };
          assert.equal((await post(`${app.baseUrl}/api/annotate/labels`, label, app.baseUrl)).status, 200);
          for (let i = 0; i < 4; i++)
            suggestions += (await post(`${app.baseUrl}/api/annotate/suggestions`, { annotator: "sec" }, app.baseUrl))
              .text;
        } finally {
          await app.stop();
        }
        assert.ok(
          fake.requests.some((r) => r.headers.authorization === `Bearer ${SECRET}`),
          "the app called the model with the key",
        );
        assert.ok(filesContaining(appDir, "invalid_output").length > 0, "the failed calls are on the traces");
        assert.deepEqual(filesContaining(appDir, SECRET), [], "a trace database file contains the key");
        assert.ok(!app.log().includes(SECRET), `the server log contains the key:\n${app.log().slice(-1000)}`);
        assert.ok(!suggestions.includes(SECRET), `"suggest groups" showed the key: ${suggestions.slice(0, 500)}`);

        // `pnpm eval` with the bot and the judges on the same failing server: its output, reports and database.
        const evalDir = join(dir, "eval");
        const run = await runEvalCli(evalDir, env);
        assert.ok(run.code === 0 || run.code === 1, `pnpm eval ran (exit ${run.code}):\n${run.log.slice(-2000)}`);
        const judged = fake.requests.filter(
          (r) => (r.body?.response_format as { type?: string })?.type === "json_object",
        );
        assert.ok(judged.length > 0, "the judges called the model");
        assert.ok(readdirSync(join(evalDir, "reports")).length > 0, "pnpm eval wrote its reports");
        assert.ok(!run.log.includes(SECRET), `pnpm eval printed the key:\n${run.log.slice(-1000)}`);
        assert.deepEqual(filesContaining(evalDir, SECRET), [], "an eval report or the eval database contains the key");
        ctx.note(`security: API key in none of the traces, logs or reports of ${fake.requests.length} model calls`);
      } finally {
        await fake.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
