/** Security, secrets: the API key reaches no trace, log or eval report, even when every kind of model call fails. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FakeResponder, type FakeStep, startFakeOpenAI } from "../../support/fake-openai";
import type { Scenario } from "../harness/scenario";
import { chatTurn, post } from "../harness/security-client";
import { freePort, startApp } from "../harness/server";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SECRET = "sk-test-SECRET-123";

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
