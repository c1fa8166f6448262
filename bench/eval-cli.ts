import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openTraceStore } from "../traces/index";

/** One `pnpm eval` run: conversations replayed and the runner's own wall time (its summary's startedAt → finishedAt). */
export interface EvalCliRun {
  conversations: number;
  seconds: number;
  conversationsPerSec: number;
  /**
   * Model calls each dataset conversation made (its scenario's setup conversation included), read back from the
   * run's trace store; only with `modelCalls: true`. Order is not the dataset's (the ideal-time formula needs none).
   */
  callsPerConversation: number[];
}

/**
 * Runs the real `pnpm eval --json` (evals/cli.ts) in a child process on a temp database and reports directory, with
 * judges off and `--concurrency` when given (else the CLI's default). The time is the run's own startedAt →
 * finishedAt, so process start-up (tsx, module loading) is not counted; dataset load, replay, evaluators and verdict
 * writes are.
 */
export async function runEvalCli(opts: {
  env: Record<string, string>;
  limit?: number;
  concurrency?: number;
  modelCalls?: boolean;
}): Promise<EvalCliRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-eval-"));
  const database = join(dir, "eval.db");
  const args = [
    "--import",
    "tsx",
    resolve("evals/cli.ts"),
    "--json",
    "--database",
    database,
    "--reports",
    join(dir, "reports"),
  ];
  if (opts.limit) args.push("--limit", String(opts.limit));
  if (opts.concurrency) args.push("--concurrency", String(opts.concurrency));
  const env = { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", JUDGE_MODEL: "off", ...opts.env };
  try {
    const stdout = await new Promise<string>((done, fail) => {
      const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (b: Buffer) => (out += b.toString("utf8")));
      child.on("error", fail);
      // Exit 1 only means the quality gate failed; the timing is still valid.
      child.on("close", (code) =>
        code === 0 || code === 1 ? done(out) : fail(new Error(`pnpm eval exited with ${code}`)),
      );
    });
    const s = JSON.parse(stdout) as { startedAt: string; finishedAt: string; conversations: number };
    const seconds = (Date.parse(s.finishedAt) - Date.parse(s.startedAt)) / 1000;
    return {
      conversations: s.conversations,
      seconds,
      conversationsPerSec: s.conversations / seconds,
      callsPerConversation: opts.modelCalls ? modelCallsByScenario(database) : [],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Model calls recorded on the turns of every eval conversation, summed per scenario (setup conversation included). */
function modelCallsByScenario(database: string): number[] {
  const store = openTraceStore(database);
  try {
    const calls = new Map<string, number>();
    for (const c of store.allConversations({ source: "eval" })) {
      const scenario = (c.scenarioId ?? c.id).replace(/:setup$/, "");
      const n = store.getTurns(c.id).reduce((sum, t) => sum + t.llmCalls.length, 0);
      calls.set(scenario, (calls.get(scenario) ?? 0) + n);
    }
    return [...calls.values()];
  } finally {
    store.close();
  }
}
