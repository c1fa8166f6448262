import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChatProvider, createRuntime } from "../chatbot/index";
import {
  CODE_EVALUATORS,
  evaluatorVersion,
  openVerdictStore,
  type StoredVerdict,
  scoreTranscript,
} from "../evals/index";
import { datasetDir, datasetPath, readDataset, runScenario, type Scenario } from "../synthetic/index";
import { pool } from "./stats";

/** Throughput of a concurrent eval run, and how close it came to the ideal for the model calls it made. */
export interface PoolRun {
  conversations: number;
  concurrency: number;
  seconds: number;
  conversationsPerSec: number;
  modelCalls: number;
  /** Model calls of each conversation (its scenario's setup conversation included), in dataset order. */
  callsPerConversation: number[];
  /** Lower bound on wall time with `concurrency` calls in flight and zero harness cost (see `idealSeconds`). */
  idealSeconds: number;
  idealConversationsPerSec: number;
  efficiency: number;
}

/**
 * The best possible wall time for conversations making `calls[i]` sequential model calls of `latencyS` each with at
 * most `concurrency` calls in flight: max(Σ calls × latency / concurrency, max calls × latency). With k calls per
 * conversation this is k × 0.2 s per 8 conversations, i.e. 40 / k conversations per second at 200 ms and 8 in flight.
 */
export function idealSeconds(calls: number[], latencyS: number, concurrency: number): number {
  const total = calls.reduce((a, b) => a + b, 0);
  return Math.max((total * latencyS) / concurrency, Math.max(0, ...calls) * latencyS);
}

/**
 * What `pnpm eval` does per conversation — replay the scenario through one shared runtime (tracing on, SQLite file),
 * run every code evaluator, write the verdict rows — but with up to `concurrency` conversations in flight. Bench-only:
 * `runEval` (evals/run.ts) awaits each conversation in turn. Reports and judges are left out (judges are off in
 * `pnpm eval` without a model too). Model calls per conversation are 2 per turn (understand + reply), checked against
 * `served()` when given.
 */
export async function runEvalPool(opts: {
  provider?: ChatProvider;
  concurrency: number;
  latencyS: number;
  served?: () => number;
}): Promise<PoolRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-pool-"));
  const path = join(dir, "eval.db");
  const provider = opts.provider ? { provider: opts.provider, promptVersion: "bench" } : undefined;
  const runtime = createRuntime({ databasePath: path, env: { LLM_PROVIDER: "offline" }, provider });
  const store = openVerdictStore(path);
  const items = readDataset(datasetPath(datasetDir(), "default"))
    .filter((l) => l.status === "kept")
    .map((l) => l.scenario as Scenario);
  const runId = "bench-pool";
  store.startRun({ id: runId, startedAt: new Date().toISOString(), dataset: "default" });
  const servedBefore = opts.served?.() ?? 0;
  const t0 = performance.now();
  const calls = await pool(items, opts.concurrency, async (scenario) => {
    let turns = 0;
    const run = await runScenario(
      {
        runTurn: async (req) => {
          const out = await runtime.runTurn({
            ...req,
            source: "eval",
            metadata: { ...req.metadata, evalRunId: runId },
          });
          if (out.ok) turns++;
          return out;
        },
      },
      scenario,
    );
    const messages = run.transcript.flatMap((t) => [
      { role: "user" as const, content: t.user },
      { role: "assistant" as const, content: t.bot },
    ]);
    const score = scoreTranscript({ id: run.conversationId ?? scenario.id, now: scenario.now, messages });
    const at = new Date().toISOString();
    const base = {
      runId,
      conversationId: run.conversationId ?? `${scenario.id}:rejected`,
      scenarioId: scenario.id,
      createdAt: at,
    };
    const rows: StoredVerdict[] = CODE_EVALUATORS.map((e) => {
      const f = score.failures.find((x) => x.evaluator === e.id);
      const verdict = f ? ("fail" as const) : ("pass" as const);
      return {
        ...base,
        evaluator: e.id,
        evaluatorVersion: evaluatorVersion(e),
        kind: "code" as const,
        mode: e.mode,
        verdict,
        turn: f?.turn ?? null,
        reason: f?.reason ?? null,
        factIds: f?.factIds ?? [],
      };
    });
    store.putVerdicts(rows);
    return 2 * turns;
  });
  const seconds = (performance.now() - t0) / 1000;
  await runtime.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
  const modelCalls = calls.reduce((a, b) => a + b, 0);
  if (opts.served && opts.served() - servedBefore !== modelCalls)
    throw new Error(
      `model calls: counted ${modelCalls} (2 per turn) but the server answered ${opts.served() - servedBefore}`,
    );
  const ideal = idealSeconds(calls, opts.latencyS, opts.concurrency);
  const n = items.length;
  return {
    conversations: n,
    concurrency: opts.concurrency,
    seconds,
    conversationsPerSec: n / seconds,
    modelCalls,
    callsPerConversation: calls,
    idealSeconds: ideal,
    idealConversationsPerSec: ideal > 0 ? n / ideal : Number.POSITIVE_INFINITY,
    efficiency: ideal > 0 ? ideal / seconds : Number.NaN,
  };
}
