import { cpus, totalmem } from "node:os";
import { runEvalCli } from "./eval-cli";
import { idealSeconds, type PoolRun, runEvalPool } from "./eval-pool";
import { startFakeModel } from "./fake-model";
import { figures } from "./figures";
import { renderTable } from "./report";
import { percentile, progress, r3 } from "./stats";
import { benchStore } from "./store";
import { benchTurnsIsolated, type TurnTimes } from "./turns";
import { benchVsPromptfoo } from "./vs-promptfoo";

const TURNS = 2000;
const ROUNDS = 3;
const LATENCY_S = 0.2;
const CONCURRENCY = 8;
const SEQUENTIAL_LIMIT = 16;

function parseArgs(argv: string[]) {
  const i = argv.indexOf("--store-turns");
  const storeTurns = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(storeTurns) || storeTurns < 1000) throw new Error("--store-turns needs an integer ≥ 1000");
  return { json: argv.includes("--json"), storeTurns };
}

/** `pnpm bench [--json] [--store-turns N]`: the harness benchmarks of issue 7, figures next to their targets. */
async function main() {
  const args = parseArgs(process.argv.slice(2));
  // stdout carries only the result; anything else (promptfoo's logging included) goes to stderr.
  const stdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  const date = new Date().toISOString();

  const zero = await startFakeModel(0);
  progress(`turns: offline and fake server (0 ms), tracing off/on, ${ROUNDS} rounds × ${TURNS} turns, fresh processes`);
  const rounds: Record<"offlineOff" | "offlineOn" | "fakeOff" | "fakeOn", TurnTimes[]> = {
    offlineOff: [],
    offlineOn: [],
    fakeOff: [],
    fakeOn: [],
  };
  for (let i = 0; i < ROUNDS; i++) {
    rounds.offlineOff.push(await benchTurnsIsolated(TURNS, false));
    rounds.offlineOn.push(await benchTurnsIsolated(TURNS, true));
    rounds.fakeOff.push(await benchTurnsIsolated(TURNS, false, zero.baseURL));
    rounds.fakeOn.push(await benchTurnsIsolated(TURNS, true, zero.baseURL));
  }
  await zero.close();
  const mid = (xs: TurnTimes[], k: keyof TurnTimes) =>
    percentile(
      xs.map((x) => x[k]),
      50,
    );
  // Overhead per round (on and off ran back to back), then the median: machine drift between rounds cancels out.
  const overheads = (on: TurnTimes[], off: TurnTimes[]) => on.map((x, i) => x.median / off[i]!.median - 1);
  const offlineOverheads = overheads(rounds.offlineOn, rounds.offlineOff);
  const fakeOverheads = overheads(rounds.fakeOn, rounds.fakeOff);

  progress("eval: `pnpm eval` offline, 3 runs");
  const cliRuns = [];
  for (let i = 0; i < 3; i++) cliRuns.push(await runEvalCli({ env: { LLM_PROVIDER: "offline" } }));
  const evalPerSec = percentile(
    cliRuns.map((r) => r.conversationsPerSec),
    50,
  );
  progress(
    `eval: concurrent runner, offline once and fake server (${LATENCY_S * 1000} ms) 3 runs, ${CONCURRENCY} in flight`,
  );
  const poolOffline = await runEvalPool({ concurrency: CONCURRENCY, latencyS: 0 });
  const slow = await startFakeModel(LATENCY_S * 1000);
  const poolFakes: PoolRun[] = [];
  for (let i = 0; i < 3; i++)
    poolFakes.push(
      await runEvalPool({
        provider: slow.provider(),
        concurrency: CONCURRENCY,
        latencyS: LATENCY_S,
        served: slow.served,
      }),
    );
  // The median run by efficiency, so its throughput and ideal figures belong together.
  const poolFake = [...poolFakes].sort((a, b) => a.efficiency - b.efficiency)[1]!;
  progress(`eval: \`pnpm eval --limit ${SEQUENTIAL_LIMIT}\` against the fake server (${LATENCY_S * 1000} ms)`);
  const before = slow.served();
  const env = {
    LLM_PROVIDER: "openai",
    OPENAI_BASE_URL: slow.baseURL,
    OPENAI_API_KEY: "sk-bench",
    CHAT_MODEL: "gpt-4o-mini",
    LLM_MAX_RETRIES: "0",
  };
  const seq = await runEvalCli({ limit: SEQUENTIAL_LIMIT, env });
  const seqCalls = poolFake.callsPerConversation.slice(0, SEQUENTIAL_LIMIT);
  if (slow.served() - before !== seqCalls.reduce((a, b) => a + b, 0))
    throw new Error("sequential run made a different number of model calls than the concurrent one");
  const seqIdeal = idealSeconds(seqCalls, LATENCY_S, CONCURRENCY);
  await slow.close();

  progress("vs promptfoo: 200 single-turn cases, three paths in fresh processes");
  const vs = await benchVsPromptfoo();
  progress(`store: ${args.storeTurns.toLocaleString("en")} generated turns`);
  const store = await benchStore(args.storeTurns);

  const result = {
    turnMedianMs: r3(mid(rounds.offlineOn, "median")),
    turnP99Ms: r3(mid(rounds.offlineOn, "p99")),
    tracingOverhead: r3(percentile(offlineOverheads, 50)),
    tracingOffMedianMs: r3(mid(rounds.offlineOff, "median")),
    tracingOffP99Ms: r3(mid(rounds.offlineOff, "p99")),
    turnMaxMs: r3(Math.max(...rounds.offlineOn.map((x) => x.max))),
    fakeTurnMedianMs: r3(mid(rounds.fakeOn, "median")),
    fakeTurnP99Ms: r3(mid(rounds.fakeOn, "p99")),
    fakeTracingOverhead: r3(percentile(fakeOverheads, 50)),
    fakeTracingOffMedianMs: r3(mid(rounds.fakeOff, "median")),
    fakeTracingOffP99Ms: r3(mid(rounds.fakeOff, "p99")),
    fakeTurnMaxMs: r3(Math.max(...rounds.fakeOn.map((x) => x.max))),
    fakeModelWaitMedianMs: r3(mid(rounds.fakeOn, "waitMedian")),
    fakeModelCallsPerTurn: rounds.fakeOn[0]!.callsPerTurn,
    turnRounds: Object.fromEntries(
      Object.entries(rounds).map(([k, xs]) => [k, xs.map((x) => ({ medianMs: r3(x.median), p99Ms: r3(x.p99) }))]),
    ),
    tracingOverheadRounds: offlineOverheads.map(r3),
    fakeTracingOverheadRounds: fakeOverheads.map(r3),
    evalConversationsPerSec: r3(evalPerSec),
    evalRunsConversationsPerSec: cliRuns.map((r) => r3(r.conversationsPerSec)),
    evalPoolOfflineConversationsPerSec: r3(poolOffline.conversationsPerSec),
    evalConcurrencyEfficiency: r3(poolFake.efficiency),
    evalConcurrencyEfficiencyRuns: poolFakes.map((r) => r3(r.efficiency)),
    evalFakeConversationsPerSec: r3(poolFake.conversationsPerSec),
    evalFakeIdealConversationsPerSec: r3(poolFake.idealConversationsPerSec),
    evalFakeModelCalls: poolFake.modelCalls,
    evalFakeSeconds: r3(poolFake.seconds),
    evalFakeIdealSeconds: r3(poolFake.idealSeconds),
    evalSequentialFakeConversationsPerSec: r3(seq.conversationsPerSec),
    evalSequentialFakeEfficiency: r3(seqIdeal / seq.seconds),
    storeTurns: store.turns,
    storeConversations: store.conversations,
    storeFillSeconds: r3(store.fillSeconds),
    storeListP95Ms: r3(store.listP95Ms),
    storeListP95ByQueryMs: Object.fromEntries(Object.entries(store.listP95ByQueryMs).map(([k, v]) => [k, r3(v)])),
    storeNextP95Ms: r3(store.nextP95Ms),
    storeNextMedianMs: r3(store.nextMedianMs),
    storeQueueBuildSeconds: r3(store.queueBuildSeconds),
    bytesPerTurn: Math.round(store.bytesPerTurn),
    bytesPerTurnByTable: store.bytesPerTurnByTable,
    vsPromptfooRatio: r3(vs.ratio),
    vsPromptfooOursMs: r3(vs.oursMs),
    vsPromptfooPromptfooMs: r3(vs.promptfooMs),
    vsPromptfooNativeRatio: r3(vs.nativeRatio),
    vsPromptfooNativeMs: r3(vs.nativeMs),
    machine: { nproc: cpus().length, memoryGiB: r3(totalmem() / 2 ** 30), node: process.version, date },
  };
  if (args.json) return void stdout(`${JSON.stringify(result)}\n`);
  stdout(
    renderTable(figures(result, { turns: TURNS, rounds: ROUNDS, latencyS: LATENCY_S, concurrency: CONCURRENCY }), [
      `pnpm bench — ${date} — ${cpus().length} cores, ${result.machine.memoryGiB} GiB, Node ${process.version}`,
    ]),
  );
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
