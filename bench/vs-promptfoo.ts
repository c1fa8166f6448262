import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRuntime } from "../chatbot/index";
import { scoreTranscript } from "../evals/index";
import { createBotProvider } from "../evals/promptfoo/bot-provider";
import { handbookAssertion } from "../evals/promptfoo/suite";
import { datasetDir, datasetPath, readDataset } from "../synthetic/index";
import { openTraceStore } from "../traces/index";
import { percentile, pool } from "./stats";

const CASES = 200;
const CONCURRENCY = 4; // promptfoo's maxConcurrency in `pnpm eval:promptfoo`
const ROUNDS = 5;

/** Wall times (median of 5 rounds, each path in its own process) of the same single-turn cases, and the ratios. */
export interface VsPromptfoo {
  cases: number;
  oursMs: number;
  promptfooMs: number;
  /** ours / promptfoo with the identical provider object and assertion on both sides. */
  ratio: number;
  /** Our runtime reused across cases (what `pnpm eval` does) + scoreTranscript, vs the same promptfoo time. */
  nativeMs: number;
  nativeRatio: number;
}

type Case = { message: string; now: string };

/** The first 200 user turns of the default dataset, each as a single-turn case at its scenario's reference time. */
function singleTurnCases(): Case[] {
  const lines = readDataset(datasetPath(datasetDir(), "default")).filter((l) => l.status === "kept");
  return lines
    .flatMap((l) => (l.run?.transcript ?? []).map((t) => ({ message: t.user, now: l.scenario.now })))
    .slice(0, CASES);
}

const vars = (c: Case) => ({ message: c.message, turns: JSON.stringify([c.message]), now: c.now });

const PATHS = ["ours", "promptfoo", "native"] as const;
type PathName = (typeof PATHS)[number];

/**
 * The cases through three paths: (a) ours — a concurrency-4 loop calling the promptfoo bot provider's `callApi` and
 * `handbookAssertion`, exactly what promptfoo is given; (b) promptfoo's `evaluate()` with that provider and that
 * assertion (maxConcurrency 4, cache off, nothing persisted); (c) native — one runtime for all cases plus
 * `scoreTranscript`. Each path runs in a fresh process (promptfoo's import and its retained results would otherwise
 * slow whatever runs after it): import, one untimed 20-case warm-up, then `rounds` timed rounds (5 by default); medians are reported.
 */
export async function benchVsPromptfoo(rounds = ROUNDS): Promise<VsPromptfoo> {
  const med: Record<string, number> = {};
  for (const path of PATHS) {
    const out = await new Promise<string>((done, fail) => {
      const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), path, String(rounds)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let text = "";
      child.stdout.on("data", (b: Buffer) => (text += b.toString("utf8")));
      child.on("error", fail);
      child.on("close", (code) =>
        code === 0 ? done(text) : fail(new Error(`vs-promptfoo ${path} exited with ${code}`)),
      );
    });
    med[path] = percentile((JSON.parse(out.trim().split("\n").pop()!) as { times: number[] }).times, 50);
  }
  const [o, p, n] = [med.ours!, med.promptfoo!, med.native!];
  return { cases: CASES, oursMs: o, promptfooMs: p, ratio: o / p, nativeMs: n, nativeRatio: n / p };
}

/** Child process: times one path and prints `{ times }` as the last stdout line. */
async function timePath(name: PathName, rounds: number): Promise<number[]> {
  const config = mkdtempSync(join(tmpdir(), "bench-pf-"));
  process.env.PROMPTFOO_CONFIG_DIR = config;
  process.env.PROMPTFOO_DISABLE_TELEMETRY = "1";
  process.env.PROMPTFOO_DISABLE_UPDATE = "1";
  const cases = singleTurnCases();
  if (cases.length < CASES) throw new Error(`only ${cases.length} single-turn cases in the default dataset`);
  const provider = createBotProvider({ env: { LLM_PROVIDER: "offline" } });
  const { evaluate } = name === "promptfoo" ? await import("promptfoo") : { evaluate: null };

  const ours = async (cs: Case[]) => {
    await pool(cs, CONCURRENCY, async (c) => {
      const r = await provider.callApi(c.message, { vars: vars(c) });
      if (!r.output) throw new Error(r.error ?? "no output");
      // The output is the reply text; the transcript the assertion scores travels as metadata, as promptfoo passes it.
      return handbookAssertion(r.output, { metadata: r.metadata }).pass;
    });
  };
  const promptfoo = async (cs: Case[]) => {
    const suite = {
      prompts: ["{{message}}"],
      providers: [provider],
      tests: cs.map((c) => ({ vars: vars(c) })),
      defaultTest: { assert: [{ type: "javascript" as const, value: handbookAssertion }] },
    };
    const record = await evaluate!(suite as never, {
      maxConcurrency: CONCURRENCY,
      showProgressBar: false,
      cache: false,
    });
    const { stats } = (await record.toEvaluateSummary()) as {
      stats: { successes: number; failures: number; errors: number };
    };
    if (stats.errors || stats.successes + stats.failures !== cs.length)
      throw new Error(`promptfoo: ${JSON.stringify(stats)}`);
  };
  const native = async (cs: Case[]) => {
    const store = openTraceStore(":memory:");
    const runtime = createRuntime({ store, tracing: false, env: { LLM_PROVIDER: "offline" } });
    await pool(cs, CONCURRENCY, async (c) => {
      const r = await runtime.runTurn({ message: c.message, now: c.now, source: "eval" });
      if (!r.ok) throw new Error(r.error.message);
      const messages = [
        { role: "user" as const, content: c.message },
        { role: "assistant" as const, content: r.turn.reply },
      ];
      return scoreTranscript({ id: r.turn.conversationId, now: c.now, messages }).pass;
    });
    await runtime.close();
    store.close();
  };
  const run = { ours, promptfoo, native }[name];
  await run(cases.slice(0, 20));
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const t0 = performance.now();
    await run(cases);
    times.push(performance.now() - t0);
  }
  rmSync(config, { recursive: true, force: true });
  return times;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  timePath(process.argv[2] as PathName, Number(process.argv[3] ?? ROUNDS)).then(
    (times) => {
      process.stdout.write(`${JSON.stringify({ times })}\n`);
      process.exit(0); // promptfoo leaves handles open
    },
    (error: unknown) => {
      process.stderr.write(`vs-promptfoo: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
