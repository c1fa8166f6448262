import type { Figure } from "./report";

/** The JSON result of `pnpm bench` (only the sections that ran). */
export type Result = Record<string, number | number[] | object>;

/** Settings the printed headings mention. */
export interface FigureSettings {
  turns: number;
  rounds: number;
  evalRuns: number;
  promptfooRounds: number;
  latencyS: number;
  concurrency: number;
}

const MAX = (max: number) => ({ max });
const MIN = (min: number) => ({ min });

/** The figures to print, in sections, each with its target from issue 7 when it has one. */
export function figures(r: Result, s: FigureSettings): Figure[] {
  const n = (k: string) => r[k] as number;
  const ms = s.latencyS * 1000;
  const out: Figure[] = [];
  let section = "";
  // A figure whose section did not run (`pnpm bench --only …`) is left out.
  const add = (label: string, key: string, unit: string, target?: Figure["target"]) => {
    if (r[key] !== undefined) out.push({ section, label, value: n(key), unit, target });
  };

  section = `Per-turn harness time (median of ${s.rounds} process pairs × ${s.turns.toLocaleString("en")} turns; fake server: minus model calls)`;
  add("offline, tracing on: median", "turnMedianMs", "ms", MAX(2.5));
  add("offline, tracing on: p99", "turnP99Ms", "ms", MAX(10));
  add("offline engine load + first parse (CPU, median of 3 processes)", "nluLoadCpuMs", "ms", MAX(1000));
  add("offline, tracing on: max (all rounds)", "turnMaxMs", "ms");
  add("offline, tracing off: median", "tracingOffMedianMs", "ms");
  add("offline, tracing off: p99", "tracingOffP99Ms", "ms");
  add("offline: tracing overhead vs tracing off (on/off − 1)", "tracingOverhead", "ratio", MAX(0.2));
  add("offline: tracing's share of the harness time (1 − off/on)", "tracingShareOfHarness", "ratio", MAX(0.2));
  add("offline, tracing + OTLP export (protobuf, local receiver): median", "otlpTurnMedianMs", "ms", MAX(2.5));
  add("offline, tracing + OTLP export: p99", "otlpTurnP99Ms", "ms", MAX(10));
  add("offline: tracing + OTLP overhead vs tracing off", "otlpTracingOverhead", "ratio", MAX(0.2));
  add("offline: spans the OTLP receiver got", "otlpSpansReceived", "count");
  add("fake server 0 ms, tracing on: median", "fakeTurnMedianMs", "ms", MAX(2.5));
  add("fake server 0 ms, tracing on: p99", "fakeTurnP99Ms", "ms", MAX(10));
  add("fake server 0 ms, tracing on: max (all rounds)", "fakeTurnMaxMs", "ms");
  add("fake server 0 ms, tracing off: median", "fakeTracingOffMedianMs", "ms");
  add("fake server 0 ms, tracing off: p99", "fakeTracingOffP99Ms", "ms");
  add("fake server 0 ms: tracing overhead vs tracing off", "fakeTracingOverhead", "ratio", MAX(0.2));
  add("fake server 0 ms: tracing's share of the harness time", "fakeTracingShareOfHarness", "ratio", MAX(0.2));
  add("fake server 0 ms: model wait subtracted (median)", "fakeModelWaitMedianMs", "ms");

  section = "Streaming (in process, offline engine; the slow model streams 10 pieces 60 ms apart)";
  add("first token after the message: p50", "firstTokenP50Ms", "ms", MAX(50));
  add("first token after the message: p90", "firstTokenP90Ms", "ms");
  add("slow model: first to last token (540 ms unbuffered)", "streamSpreadMs", "ms", MIN(270));

  const c = s.concurrency;
  section = `Eval throughput (\`pnpm eval\`, the real CLI, 100 dataset conversations; fake server ${ms} ms per call)`;
  add(
    `offline, default --concurrency (${r.evalDefaultConcurrency}), median of ${s.evalRuns} runs`,
    "evalConversationsPerSec",
    "conv/s",
    MIN(50),
  );
  add(`offline, --concurrency 1, median of ${s.evalRuns} runs`, "evalSequentialConversationsPerSec", "conv/s");
  add("score one 1,000-message transcript (every code check), median of 5", "scoreLongTranscriptMs", "ms", MAX(1000));
  add(`--concurrency ${c}, fake server: achieved`, "evalFakeConversationsPerSec", "conv/s");
  add(`--concurrency ${c}, fake server: ideal`, "evalFakeIdealConversationsPerSec", "conv/s");
  add(
    `--concurrency ${c}: efficiency (achieved/ideal, median of ${s.evalRuns})`,
    "evalConcurrencyEfficiency",
    "ratio",
    MIN(0.9),
  );
  add("--concurrency 1 --limit 16, fake server: achieved", "evalSequentialFakeConversationsPerSec", "conv/s");
  add(`--concurrency 1: efficiency vs the ideal at ${c} in flight`, "evalSequentialFakeEfficiency", "ratio");

  section =
    r.storeTurns === undefined
      ? "Trace store"
      : `Trace store at ${n("storeTurns").toLocaleString("en")} turns (${n("storeConversations").toLocaleString("en")} conversations)`;
  add("list/filter page p95 (all 9 queries)", "storeListP95Ms", "ms", MAX(50));
  for (const [k, v] of Object.entries((r.storeListP95ByQueryMs ?? {}) as Record<string, number>))
    out.push({ section, label: `  p95 ${k}`, value: v, unit: "ms", target: MAX(50) });
  add("annotation next trace p95", "storeNextP95Ms", "ms", MAX(20));
  add("annotation next trace median", "storeNextMedianMs", "ms");
  add("review queue build (500 of all unlabelled)", "storeQueueBuildSeconds", "s");
  add("database bytes per turn", "bytesPerTurn", "B");
  add("bulk fill time", "storeFillSeconds", "s");

  section = "Bounds (issue 14: a hostile client against the app's limits)";
  add("RSS growth, 256 MiB chunked body to the 64 KB chat reader", "bodyRssGrowthMb", "MB", MAX(20));
  add("  bytes pulled before the reader stopped", "bodyBytesPulled", "B");
  add("label import: longest event-loop block, main-thread CPU", "labelImportMaxBlockCpuMs", "ms", MAX(100));
  add("label import: longest event-loop block, wall clock", "labelImportMaxBlockMs", "ms", MAX(100));
  add("  p99 of the event-loop gaps (wall)", "labelImportBlockP99Ms", "ms");
  add("  gaps over 100 ms (wall)", "labelImportBlocksOver100Ms", "gaps");
  add("  whole import", "labelImportMs", "ms");
  add("  rows imported", "labelImportRows", "rows");
  add("axial board: first page of notes (SQL)", "axialBoardPageMs", "ms");
  add("axial board (/annotate/axial data, with pareto + pivot): time", "axialMs", "ms");
  add("axial board: JSON size", "axialBytes", "B");
  add("  labels on the board", "axialLabels", "labels");

  section = `Vs promptfoo (the same 200 single-turn cases, offline bot, 4 in flight, median of ${s.promptfooRounds} rounds)`;
  add("ours / promptfoo wall time (same provider + assertion)", "vsPromptfooRatio", "ratio", MAX(0.8));
  add("native runtime / promptfoo wall time", "vsPromptfooNativeRatio", "ratio", MAX(0.8));
  add("wall time: ours (same provider + assertion)", "vsPromptfooOursMs", "ms");
  add("wall time: promptfoo evaluate()", "vsPromptfooPromptfooMs", "ms");
  add("wall time: native runtime + scoreTranscript", "vsPromptfooNativeMs", "ms");
  section = "Local model (Gemma 3 270M Q4_K_M on CPU; `pnpm bench --only local`)";
  add("model load time", "localLoadMs", "ms");
  add("RSS with the model loaded (2 sequences × 8k context)", "localRssLoadedMiB", "MiB");
  add("prompt tokens/s, through our LocalModel", "localPromptTokensPerSec", "tok/s");
  add("prompt tokens/s, node-llama-cpp directly", "localDirectPromptTokensPerSec", "tok/s");
  add("generated tokens/s, through our LocalModel", "localGenTokensPerSec", "tok/s");
  add("generated tokens/s, node-llama-cpp directly", "localDirectGenTokensPerSec", "tok/s");
  add("our overhead, generation (direct/ours − 1)", "localGenOverhead", "ratio", MAX(0.05));
  add("our overhead, prompt (direct/ours − 1)", "localPromptOverhead", "ratio", MAX(0.05));
  add("chat turn: first reply token p50 (understand + reply)", "localFirstTokenP50Ms", "ms");
  add("judge prompt (system part) tokens", "localJudgePromptTokens", "tok");
  add("judge calls/s with prefix reuse", "localJudgeCallsPerSecReuse", "1/s");
  add("judge calls/s without prefix reuse", "localJudgeCallsPerSecNoReuse", "1/s");
  add("judge throughput: with / without prefix reuse", "localJudgeReuseSpeedup", "ratio", MIN(2));
  add("pnpm eval --limit N wall time (bot + judges local)", "localEvalSeconds", "s");
  return out;
}
