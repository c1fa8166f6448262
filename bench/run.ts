import { cpus, totalmem } from "node:os";
import { parseArgs as parseCliArgs } from "node:util";
import { parseLlmEnv } from "../chatbot/index";
import { checkModelFile } from "../chatbot/local/model-file";
import { DEFAULT_CONCURRENCY } from "../evals/index";
import { loadProjectEnv } from "../traces/index";
import { startProtobufReceiver } from "../traces/otlp-receiver.fixture";
import { benchAxial, benchChunkedBody, benchLabelImport } from "./app-bounds";
import { type EvalCliRun, runEvalCli } from "./eval-cli";
import { startFakeModel } from "./fake-model";
import { figures, type Result } from "./figures";
import { benchLocal } from "./local";
import { benchLongTranscript } from "./long-transcript";
import { measureNluLoadIsolated } from "./nlu-load";
import { renderTable } from "./report";
import { idealSeconds, percentile, progress, r3 } from "./stats";
import { benchStore } from "./store";
import { benchStream } from "./stream";
import { benchTurnsIsolated, type TurnTimes } from "./turns";
import { benchVsPromptfoo } from "./vs-promptfoo";

/** How much of each figure to measure: the full run, or `--quick` (CI: proves the bench runs, figures indicative). */
interface Plan {
  turns: number;
  rounds: number;
  evalRuns: number;
  promptfooRounds: number;
  storeTurns: number;
  streamMessages: number;
  importLabels: number;
  axialLabels: number;
}
const FULL: Plan = {
  turns: 1000,
  rounds: 7,
  evalRuns: 3,
  promptfooRounds: 5,
  storeTurns: 1_000_000,
  streamMessages: 200,
  importLabels: 100_000,
  axialLabels: 250_000,
};
const QUICK: Plan = {
  turns: 1000,
  rounds: 1,
  evalRuns: 1,
  promptfooRounds: 1,
  storeTurns: 20_000,
  streamMessages: 50,
  importLabels: 10_000,
  axialLabels: 20_000,
};
const LATENCY_S = 0.2;
const CONCURRENCY = 8;
const SEQUENTIAL_LIMIT = 16;
const SECTIONS = ["turns", "stream", "eval", "promptfoo", "store", "bounds", "local"] as const;
/** Sections run without `--only`: the local model needs a GGUF and minutes of CPU, so it runs only when asked. */
const DEFAULT_SECTIONS = SECTIONS.filter((s) => s !== "local");
type Section = (typeof SECTIONS)[number];

const USAGE = "usage: pnpm bench [--quick] [--json] [--store-turns N] [--only turns,eval,promptfoo,store]";

/** Parses `pnpm bench` flags with node:util (unknown flags are errors); `help` asks for the usage. */
function parseArgs(argv: string[]) {
  const { values } = parseCliArgs({
    args: argv.filter((a) => a !== "--"),
    options: {
      quick: { type: "boolean" },
      json: { type: "boolean" },
      "store-turns": { type: "string" },
      only: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  const plan = { ...(values.quick ? QUICK : FULL) };
  if (values["store-turns"] !== undefined) plan.storeTurns = Number(values["store-turns"]);
  if (!Number.isInteger(plan.storeTurns) || plan.storeTurns < 1000)
    throw new Error("--store-turns needs an integer ≥ 1000");
  const only = values.only !== undefined ? values.only.split(",") : [...DEFAULT_SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length || !only.length) throw new Error(`--only takes a comma list of ${SECTIONS.join(", ")}`);
  return { json: values.json ?? false, help: values.help ?? false, plan, only: new Set(only as Section[]) };
}

/** Per-turn harness time, offline and against a 0 ms fake server, tracing off and on, in fresh processes. */
async function turnsSection(plan: Plan): Promise<Result> {
  const zero = await startFakeModel(0);
  const collector = await startProtobufReceiver();
  progress(
    `turns: offline and fake server (0 ms), tracing off/on/+OTLP, ${plan.rounds} process pairs × ${plan.turns} turns`,
  );
  const otlpOn: TurnTimes[] = [];
  const otlpOverheads: number[] = [];
  const rounds: Record<"offlineOff" | "offlineOn" | "fakeOff" | "fakeOn", TurnTimes[]> = {
    offlineOff: [],
    offlineOn: [],
    fakeOff: [],
    fakeOn: [],
  };
  // Process-to-process drift (±0.2 ms here) is as large as tracing's cost, so on/off run as back-to-back pairs, in
  // alternating order, and the overhead is the median of the pairs' ratios.
  for (let i = 0; i < plan.rounds; i++) {
    const pair = async (baseURL?: string) => {
      const first = await benchTurnsIsolated(plan.turns, i % 2 === 1, baseURL);
      const second = await benchTurnsIsolated(plan.turns, i % 2 === 0, baseURL);
      return i % 2 === 1 ? { on: first, off: second } : { on: second, off: first };
    };
    const offline = await pair();
    // Tracing with OTLP export on (protobuf, batched, to a local receiver), right after its tracing-off partner.
    const otlp = await benchTurnsIsolated(plan.turns, true, undefined, collector.endpoint);
    otlpOn.push(otlp);
    otlpOverheads.push(otlp.median / offline.off.median - 1);
    const fake = await pair(zero.baseURL);
    rounds.offlineOff.push(offline.off);
    rounds.offlineOn.push(offline.on);
    rounds.fakeOff.push(fake.off);
    rounds.fakeOn.push(fake.on);
  }
  await zero.close();
  await collector.close();
  // The offline engine's start: recogniser and classifier load plus the first full parse, in fresh processes.
  const loads = measureNluLoadIsolated(3);
  const mid = (xs: TurnTimes[], k: keyof TurnTimes) =>
    percentile(
      xs.map((x) => x[k]),
      50,
    );
  // Overhead per pair, then the median: machine drift between pairs cancels out.
  const overheads = (on: TurnTimes[], off: TurnTimes[]) => on.map((x, i) => x.median / off[i]!.median - 1);
  const offlineOverheads = overheads(rounds.offlineOn, rounds.offlineOff);
  // The same measurement as tracing's part of the (tracing-on) harness time: 1 − off/on = x / (1 + x).
  const share = (x: number) => x / (1 + x);
  const fakeOverheads = overheads(rounds.fakeOn, rounds.fakeOff);
  return {
    turnMedianMs: r3(mid(rounds.offlineOn, "median")),
    turnP99Ms: r3(mid(rounds.offlineOn, "p99")),
    tracingOverhead: r3(percentile(offlineOverheads, 50)),
    tracingShareOfHarness: r3(share(percentile(offlineOverheads, 50))),
    tracingOffMedianMs: r3(mid(rounds.offlineOff, "median")),
    otlpTurnMedianMs: r3(mid(otlpOn, "median")),
    otlpTurnP99Ms: r3(mid(otlpOn, "p99")),
    otlpTracingOverhead: r3(percentile(otlpOverheads, 50)),
    otlpSpansReceived: collector.spans.length,
    tracingOffP99Ms: r3(mid(rounds.offlineOff, "p99")),
    turnMaxMs: r3(Math.max(...rounds.offlineOn.map((x) => x.max))),
    fakeTurnMedianMs: r3(mid(rounds.fakeOn, "median")),
    fakeTurnP99Ms: r3(mid(rounds.fakeOn, "p99")),
    fakeTracingOverhead: r3(percentile(fakeOverheads, 50)),
    fakeTracingShareOfHarness: r3(share(percentile(fakeOverheads, 50))),
    fakeTracingOffMedianMs: r3(mid(rounds.fakeOff, "median")),
    fakeTracingOffP99Ms: r3(mid(rounds.fakeOff, "p99")),
    fakeTurnMaxMs: r3(Math.max(...rounds.fakeOn.map((x) => x.max))),
    fakeModelWaitMedianMs: r3(mid(rounds.fakeOn, "waitMedian")),
    fakeModelCallsPerTurn: rounds.fakeOn[0]!.callsPerTurn,
    turnRounds: Object.fromEntries(
      Object.entries(rounds).map(([k, xs]) => [k, xs.map((x) => ({ medianMs: r3(x.median), p99Ms: r3(x.p99) }))]),
    ),
    nluLoadCpuMs: percentile(
      loads.map((x) => x.totalCpuMs),
      50,
    ),
    nluLoadRuns: loads,
    tracingOverheadRounds: offlineOverheads.map(r3),
    fakeTracingOverheadRounds: fakeOverheads.map(r3),
  };
}

/** A CLI run against the fake server, its model calls checked against the server's count and set against the ideal. */
async function fakeRun(
  slow: Awaited<ReturnType<typeof startFakeModel>>,
  o: { concurrency: number; limit?: number },
): Promise<EvalCliRun & { modelCalls: number; idealSeconds: number; efficiency: number }> {
  const env = {
    LLM_PROVIDER: "openai",
    OPENAI_BASE_URL: slow.baseURL,
    OPENAI_API_KEY: "sk-bench",
    CHAT_MODEL: "gpt-4o-mini",
    LLM_MAX_RETRIES: "0",
  };
  const before = slow.served();
  const run = await runEvalCli({ env, concurrency: o.concurrency, limit: o.limit, modelCalls: true });
  const modelCalls = run.callsPerConversation.reduce((a, b) => a + b, 0);
  if (slow.served() - before !== modelCalls)
    throw new Error(`model calls: the trace store holds ${modelCalls}, the server answered ${slow.served() - before}`);
  // The ideal is always for CONCURRENCY calls in flight, so a sequential run is compared with what 8 could do.
  const ideal = idealSeconds(run.callsPerConversation, LATENCY_S, CONCURRENCY);
  return { ...run, modelCalls, idealSeconds: ideal, efficiency: ideal / run.seconds };
}

/** `pnpm eval` throughput: offline at the default concurrency and at 1, and at 8 against a 200 ms fake server. */
async function evalSection(plan: Plan): Promise<Result> {
  progress(
    `eval: \`pnpm eval\` offline, default concurrency (${DEFAULT_CONCURRENCY}) and 1, ${plan.evalRuns} runs each`,
  );
  const offline = { LLM_PROVIDER: "offline" };
  const byDefault: EvalCliRun[] = [];
  const one: EvalCliRun[] = [];
  for (let i = 0; i < plan.evalRuns; i++) {
    byDefault.push(await runEvalCli({ env: offline }));
    one.push(await runEvalCli({ env: offline, concurrency: 1 }));
  }
  const perSec = (xs: EvalCliRun[]) =>
    percentile(
      xs.map((r) => r.conversationsPerSec),
      50,
    );
  progress(
    `eval: \`pnpm eval --concurrency ${CONCURRENCY}\`, fake server (${LATENCY_S * 1000} ms), ${plan.evalRuns} runs`,
  );
  const slow = await startFakeModel(LATENCY_S * 1000);
  try {
    const fakes = [];
    for (let i = 0; i < plan.evalRuns; i++) fakes.push(await fakeRun(slow, { concurrency: CONCURRENCY }));
    // The median run by efficiency, so its throughput and ideal figures belong together.
    const fake = [...fakes].sort((a, b) => a.efficiency - b.efficiency)[Math.floor(plan.evalRuns / 2)]!;
    progress(`eval: \`pnpm eval --concurrency 1 --limit ${SEQUENTIAL_LIMIT}\`, fake server (${LATENCY_S * 1000} ms)`);
    const seq = await fakeRun(slow, { concurrency: 1, limit: SEQUENTIAL_LIMIT });
    progress("eval: `pnpm eval score` on one 1,000-message transcript, 5 runs");
    const long = benchLongTranscript(1000, 5);
    return {
      scoreLongTranscriptMs: r3(long.ms),
      scoreLongTranscriptRunsMs: long.runsMs.map(r3),
      evalDefaultConcurrency: DEFAULT_CONCURRENCY,
      evalConversationsPerSec: r3(perSec(byDefault)),
      evalRunsConversationsPerSec: byDefault.map((r) => r3(r.conversationsPerSec)),
      evalSequentialConversationsPerSec: r3(perSec(one)),
      evalSequentialRunsConversationsPerSec: one.map((r) => r3(r.conversationsPerSec)),
      evalConcurrencyEfficiency: r3(fake.efficiency),
      evalConcurrencyEfficiencyRuns: fakes.map((r) => r3(r.efficiency)),
      evalFakeConversationsPerSec: r3(fake.conversationsPerSec),
      evalFakeIdealConversationsPerSec: r3(fake.conversations / fake.idealSeconds),
      evalFakeModelCalls: fake.modelCalls,
      evalFakeSeconds: r3(fake.seconds),
      evalFakeIdealSeconds: r3(fake.idealSeconds),
      evalSequentialFakeConversationsPerSec: r3(seq.conversationsPerSec),
      evalSequentialFakeEfficiency: r3(seq.efficiency),
    };
  } finally {
    await slow.close();
  }
}

/** First-token latency and streaming spread (the timing goals the e2e scenarios used to assert). */
async function streamSection(plan: Plan): Promise<Result> {
  progress(`stream: first token over ${plan.streamMessages} offline messages; a model streaming every 60 ms`);
  const s = await benchStream(plan.streamMessages);
  return {
    firstTokenP50Ms: r3(s.firstTokenP50Ms),
    firstTokenP90Ms: r3(s.firstTokenP90Ms),
    streamSpreadMs: r3(s.slowModelSpreadMs),
  };
}

/** Bounds under attack: a chunked 256 MiB body, a large label import, the axial board over many labels. */
async function boundsSection(plan: Plan): Promise<Result> {
  progress("bounds: 256 MiB chunked body into the 64 KB chat reader");
  const body = await benchChunkedBody();
  progress(`bounds: import ${plan.importLabels.toLocaleString("en")} labels`);
  const labelImport = await benchLabelImport(plan.importLabels);
  progress(`bounds: axial board over ${plan.axialLabels.toLocaleString("en")} labels`);
  const axial = await benchAxial(plan.axialLabels);
  return { ...body, ...labelImport, ...axial };
}

/** Trace store figures at `turns` generated turns. */
async function storeSection(turns: number): Promise<Result> {
  progress(`store: ${turns.toLocaleString("en")} generated turns`);
  const store = await benchStore(turns);
  return {
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
  };
}

/** The same 200 single-turn cases: ours vs promptfoo. */
async function promptfooSection({ promptfooRounds }: Plan): Promise<Result> {
  progress("vs promptfoo: 200 single-turn cases, three paths in fresh processes");
  const vs = await benchVsPromptfoo(promptfooRounds);
  return {
    vsPromptfooRatio: r3(vs.ratio),
    vsPromptfooOursMs: r3(vs.oursMs),
    vsPromptfooPromptfooMs: r3(vs.promptfooMs),
    vsPromptfooNativeRatio: r3(vs.nativeRatio),
    vsPromptfooNativeMs: r3(vs.nativeMs),
  };
}

/** The local model (`LOCAL_MODEL_PATH`, else models/): `--quick` is 1 round, 2 judge calls each way, no eval run. */
async function localSection(plan: Plan): Promise<Result> {
  const quick = plan.rounds === 1;
  const config = parseLlmEnv({ ...process.env, LLM_PROVIDER: "local" });
  if (config.provider !== "local") throw new Error("unreachable: LLM_PROVIDER=local");
  const check = checkModelFile(config.path);
  if (!check.ok) throw check.error;
  return benchLocal({
    path: config.path,
    threads: config.threads,
    rounds: quick ? 1 : 3,
    judgeCalls: quick ? 2 : 4,
    evalLimit: Number(process.env.BENCH_LOCAL_EVAL_LIMIT ?? (quick ? 0 : 20)),
  });
}

/**
 * `pnpm bench [--quick] [--json] [--store-turns N] [--only turns,eval,promptfoo,store,local]`: the harness benchmarks of issue 7
 * (and issue 11's local model, only when named),
 * figures next to their targets.
 */
async function main() {
  loadProjectEnv(); // .env / .env.local, as `pnpm dev` sees them
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // stdout carries only the result; anything else (promptfoo's logging included) goes to stderr.
  const stdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  const date = new Date().toISOString();
  const result: Result = {
    ...(args.only.has("turns") ? await turnsSection(args.plan) : {}),
    ...(args.only.has("stream") ? await streamSection(args.plan) : {}),
    ...(args.only.has("eval") ? await evalSection(args.plan) : {}),
    ...(args.only.has("promptfoo") ? await promptfooSection(args.plan) : {}),
    ...(args.only.has("store") ? await storeSection(args.plan.storeTurns) : {}),
    ...(args.only.has("local") ? await localSection(args.plan) : {}),
    ...(args.only.has("bounds") ? await boundsSection(args.plan) : {}),
  };
  const machine = { nproc: cpus().length, memoryGiB: r3(totalmem() / 2 ** 30), node: process.version, date };
  if (args.json) return void stdout(`${JSON.stringify({ ...result, machine })}\n`);
  stdout(
    renderTable(
      figures(result, {
        ...args.plan,
        latencyS: LATENCY_S,
        concurrency: CONCURRENCY,
      }),
      [`pnpm bench — ${date} — ${cpus().length} cores, ${machine.memoryGiB} GiB, Node ${process.version}`],
    ),
  );
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
