import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { launchBrowser } from "../e2e/harness/browser";
import { type AppServer, freePort, startApp } from "../e2e/harness/server";
import { checkPhoenix, PhoenixSession, PhoenixSpan, type SentConversation } from "./check-phoenix";
import { type PhoenixServer, startPhoenix } from "./phoenix-server";

/**
 * `pnpm e2e:phoenix`: starts Arize Phoenix (installed by tests/phoenix/install.sh) on loopback ports, sends chat turns
 * through `pnpm chat` and, when a Next build exists (`pnpm e2e` or `pnpm build` made one), through the server, then
 * reads Phoenix's REST API back: spans, session grouping, message text. Screenshots of Phoenix's sessions and traces
 * views go to tests/e2e/screenshots/. Exit 0 when everything arrived.
 */
const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SHOTS = join(ROOT, "tests/e2e/screenshots");
const NOW = "2026-11-23T09:00:00-08:00";
const CLI_TURNS = [
  "What time do you close on Saturday?",
  "Can I book a tune-up tomorrow at 10am?",
  "my name is Sam Lee",
];
const SERVER_TURNS = ["Do you fix e-bikes?", "Is parking available?"];

const log = (m: string) => process.stdout.write(`e2e:phoenix: ${m}\n`);

function cliConversation(env: NodeJS.ProcessEnv): SentConversation {
  const tsx = join(ROOT, "node_modules/.bin/tsx");
  const r = spawnSync(tsx, ["chatbot/cli.ts", "--json", "--now", NOW], {
    cwd: ROOT,
    env,
    input: `${CLI_TURNS.join("\n")}\n`,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`pnpm chat exited ${r.status}: ${r.stderr}`);
  const lines = r.stdout
    .trim()
    .split("\n")
    .map((l) => z.object({ conversationId: z.string(), reply: z.string() }).parse(JSON.parse(l)));
  return {
    conversationId: lines[0]?.conversationId ?? "",
    turns: lines.map((l, i) => ({ message: CLI_TURNS[i] ?? "", reply: l.reply })),
    viaServer: false,
  };
}

async function serverConversation(app: AppServer): Promise<SentConversation> {
  let conversationId: string | undefined;
  // The customer's chat-key cookie: a conversation continues only with the cookie that started it.
  let chatKey: string | undefined;
  const turns: SentConversation["turns"] = [];
  for (const message of SERVER_TURNS) {
    const res = await fetch(`${app.baseUrl}/api/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(chatKey ? { cookie: chatKey } : {}) },
      body: JSON.stringify({ conversationId, message }),
    });
    if (res.status !== 200) throw new Error(`POST /api/chat: ${res.status} ${await res.text()}`);
    chatKey =
      res.headers
        .getSetCookie()
        .find((c) => c.startsWith("jbs_chat="))
        ?.split(";")[0] ?? chatKey;
    const last = (await res.text()).trim().split("\n").at(-1) ?? "{}";
    const done = z
      .object({ turn: z.object({ conversationId: z.string(), reply: z.string() }) })
      .parse(JSON.parse(last));
    conversationId = done.turn.conversationId;
    turns.push({ message, reply: done.turn.reply });
  }
  return { conversationId: conversationId ?? "", turns, viaServer: true };
}

/** `pnpm traces export --format phoenix` of the test's database, uploaded through Phoenix's dataset API. */
async function uploadDataset(baseUrl: string, env: NodeJS.ProcessEnv, name: string): Promise<number> {
  const tsx = join(ROOT, "node_modules/.bin/tsx");
  const r = spawnSync(tsx, ["traces/cli.ts", "export", "--format", "phoenix", "--dataset", name], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`traces export --format phoenix exited ${r.status}: ${r.stderr}`);
  const res = await fetch(`${baseUrl}/v1/datasets/upload?sync=true`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: r.stdout,
  });
  if (!res.ok) throw new Error(`Phoenix refused the dataset: ${res.status} ${await res.text()}`);
  return z.object({ data: z.object({ num_created_examples: z.number() }) }).parse(await res.json()).data
    .num_created_examples;
}

async function readPhoenix(baseUrl: string, project: string) {
  const spans: PhoenixSpan[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(`${baseUrl}/v1/projects/${project}/spans?limit=500${cursor ? `&cursor=${cursor}` : ""}`);
    if (res.status === 404) break; // the project appears with its first span
    if (!res.ok) throw new Error(`Phoenix spans API: ${res.status} ${await res.text()}`);
    const page = z.object({ data: z.array(PhoenixSpan), next_cursor: z.string().nullable() }).parse(await res.json());
    spans.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  const res = await fetch(`${baseUrl}/v1/projects/${project}/sessions`);
  const sessions = res.ok ? z.object({ data: z.array(PhoenixSession) }).parse(await res.json()).data : [];
  return { spans, sessions };
}

/** Phoenix's sessions and traces views of the project, once they show `expect` (a session id, a span name). */
async function screenshots(
  baseUrl: string,
  project: string,
  expect: { sessions: string; traces: string },
): Promise<string[]> {
  const projects = z
    .object({ data: z.array(z.object({ name: z.string(), id: z.string() })) })
    .parse(await (await fetch(`${baseUrl}/v1/projects`)).json());
  const id = projects.data.find((p) => p.name === project)?.id;
  if (!id) return [];
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launchBrowser();
  const files: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    for (const view of ["sessions", "traces"] as const) {
      await page.goto(`${baseUrl}/projects/${id}/${view}`);
      // Best effort: on a loaded machine the view may still be loading; the screenshot is taken either way.
      const loaded = await page
        .getByText(expect[view])
        .first()
        .waitFor({ timeout: 60_000 })
        .then(
          () => true,
          () => false,
        );
      if (!loaded) log(`${view} view: "${expect[view]}" not shown within 60 s`);
      const file = join(SHOTS, `phoenix-${view}.png`);
      await page.screenshot({ path: file });
      files.push(file);
    }
  } finally {
    await browser.close();
  }
  return files;
}

async function main(): Promise<number> {
  const started = performance.now();
  const project = `bikeshop-e2e-${Date.now().toString(36)}`;
  let phoenix: PhoenixServer | null = null;
  let app: AppServer | null = null;
  try {
    phoenix = await startPhoenix(ROOT, await freePort(), await freePort());
    log(
      `phoenix on ${phoenix.baseUrl} after ${((performance.now() - started) / 1000).toFixed(1)} s; project ${project}`,
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "bikeshop-phoenix-")), "bikeshop.db"),
      LLM_PROVIDER: "offline",
      OPENAI_API_KEY: "",
      NEXT_TELEMETRY_DISABLED: "1",
      OTEL_EXPORTER_OTLP_ENDPOINT: phoenix.baseUrl,
      OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "true",
      OTEL_RESOURCE_ATTRIBUTES: `openinference.project.name=${project}`,
      OTEL_BSP_SCHEDULE_DELAY: "200",
    };
    const sent = [cliConversation(env)];
    log(`cli: ${sent[0]?.turns.length} turns in ${sent[0]?.conversationId}`);
    if (existsSync(join(ROOT, ".next/BUILD_ID"))) {
      app = await startApp(ROOT, await freePort(), env);
      sent.push(await serverConversation(app));
      log(`server: ${sent[1]?.turns.length} turns in ${sent[1]?.conversationId}`);
    } else log("server: skipped (no Next build; run `pnpm build` or `pnpm e2e` first)");

    let problems: string[] = [];
    const deadline = Date.now() + 20_000;
    do {
      const { spans, sessions } = await readPhoenix(phoenix.baseUrl, project);
      problems = sent.flatMap((c) => checkPhoenix(spans, sessions, c));
      if (problems.length === 0) {
        log(
          `phoenix holds ${spans.length} spans, ${sessions.length} sessions: every turn, its text and session arrived`,
        );
        break;
      }
      await sleep(500);
    } while (Date.now() < deadline);
    const turnsSent = sent.reduce((n, c) => n + c.turns.length, 0);
    const examples = await uploadDataset(phoenix.baseUrl, env, project);
    if (examples !== turnsSent) problems.push(`dataset upload created ${examples} examples for ${turnsSent} turns`);
    else log(`dataset: Phoenix took the \`traces export --format phoenix\` body, ${examples} examples`);
    for (const p of problems) log(`FAIL ${p}`);
    const shots = await screenshots(phoenix.baseUrl, project, {
      sessions: "Total Sessions",
      traces: "chat.turn",
    }).catch((error: unknown) => [
      `not taken: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    ]);
    for (const file of shots) log(`screenshot ${file}`);
    log(`${problems.length === 0 ? "passed" : "failed"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    await app?.stop();
    await phoenix?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`e2e:phoenix: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
