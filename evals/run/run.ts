import { CODE_EVALUATORS, evaluatorVersion, scoreTranscript } from "../checks/index";
import type { Judge } from "../judges/index";
import { FAILURE_MODES, type FailureMode, type LabelledTranscript, type Transcript } from "../schema";
import type { Pair } from "../stats/index";
import { humanPasses, type SplitName, splitLabelled } from "../stats/index";
import { codeVerdict } from "./code-verdict";
import type { BotUnderTest, EvalSummary } from "./eval-summary";
import { type GatingJudge, humanModeGate, type ModeJudgement } from "./human-mode-gate";
import { limitConcurrency } from "./limit-concurrency";
import { mapPool } from "./map-pool";
import { renderJunit } from "./report-junit";
import { renderMarkdown } from "./report-markdown";
import type { Baseline, ConversationResult, Thresholds } from "./summary";
import { summarize } from "./summary";
import { outcome } from "./uncertain-outcomes";
import type { StoredVerdict, VerdictStore } from "./verdict-store";

/** One dataset entry to replay; `payload` is whatever the replayer needs (the synthetic scenario). */
export interface DatasetItem {
  id: string;
  scenarioId: string;
  trap: string | null;
  payload: unknown;
}

/** A replayed conversation: its trace id, transcript and the machine state after each turn. */
export interface Replayed {
  conversationId: string;
  transcript: Transcript;
  states: string[];
  /** Turns whose trace recorded an error (a failed model call answered by a fallback); absent means none. */
  turnErrors?: number;
}

/** Everything `pnpm eval` touches, injected (production: `createEvalDeps`; tests: `createFakeEvalDeps`). */
export interface EvalDeps {
  /** The bot `replay` runs: variant, provider and model (recorded on the run's summary and reports). */
  bot: BotUnderTest;
  loadDataset(name: string): DatasetItem[];
  replay(item: DatasetItem, runId: string): Promise<Replayed>;
  labelled(): { items: LabelledTranscript[]; hash: string };
  judges(train: LabelledTranscript[], split: ReadonlyMap<string, SplitName>): Judge[];
  /** Validated judges of modes made on the axial board, which the gate uses (none when absent). */
  gatingJudges?(): GatingJudge[];
  store: VerdictStore;
  baseline(): Baseline | null;
  thresholds(): Thresholds;
  write(path: string, text: string): void;
  now(): string;
  /** A monotonic clock in ms for per-conversation wall time (JUnit `time`); default performance.now. */
  elapsedMs?(): number;
  progress(total: number): { tick(): void; stop(): void };
  log(line: string): void;
}

/** Options of one run. */
export interface RunOptions {
  dataset: string;
  limit: number | null;
  reportsDir: string;
  seed: number;
  draws: number;
  baselinePath: string | null;
  /** Conversations replayed and evaluated at once (positive integer); results keep dataset order whatever it is. */
  concurrency: number;
  /** Judge calls in flight across all conversations; null = concurrency × number of judges (no extra cap). */
  judgeConcurrency: number | null;
}

/** A run id from the clock: "20260603T101500Z". */
export const runIdFrom = (iso: string) => iso.replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");

/** Human-aligned (human, code-check) pairs per mode on the labelled test split: the input of the corrected rates. */
export function testSplitPairs(
  items: readonly LabelledTranscript[],
  split: ReadonlyMap<string, SplitName>,
): Partial<Record<FailureMode | "any", Pair[]>> {
  const test = items.filter((i) => split.get(i.id) === "test");
  const scored = test.map((i) => ({ i, s: scoreTranscript(i) }));
  // Items a check abstained on (and none failed) are neither a predicted pass nor a failure: left out of the pairs.
  const decided = (m: FailureMode | "any") => scored.filter(({ s }) => outcome(s, m) !== "uncertain");
  const out: Partial<Record<FailureMode | "any", Pair[]>> = {
    any: decided("any").map(({ i, s }) => ({ id: i.id, human: i.label.pass, predicted: s.pass })),
  };
  for (const m of FAILURE_MODES)
    out[m] = decided(m).map(({ i, s }) => ({
      id: i.id,
      human: humanPasses(i, m),
      predicted: !s.failures.some((f) => f.mode === m),
    }));
  return out;
}

/** Replays the dataset through the bot, runs every evaluator, stores verdicts, writes the reports, returns the summary. */
export async function runEval(
  deps: EvalDeps,
  o: RunOptions,
): Promise<{ summary: EvalSummary; results: ConversationResult[] }> {
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1)
    throw new RangeError(`runEval: concurrency must be a positive integer, got ${String(o.concurrency)}`);
  const startedAt = deps.now();
  const runId = runIdFrom(startedAt);
  const all = deps.loadDataset(o.dataset);
  const items = o.limit ? all.slice(0, o.limit) : all;
  const labelled = deps.labelled();
  const split = splitLabelled(
    labelled.items.map((i) => ({ id: i.id, group: i.scenario, pass: i.label.pass })),
    o.seed,
  );
  const judges = deps.judges(
    labelled.items.filter((i) => split.get(i.id) === "train"),
    split,
  );
  const gating = deps.gatingJudges?.() ?? [];
  const modeJudgements = new Map<string, ModeJudgement[]>();
  const evaluators = [
    ...CODE_EVALUATORS.map((e) => ({ id: e.id, kind: "code" as const, version: evaluatorVersion(e) })),
    ...judges.map((j) => ({ id: j.id, kind: "llm" as const, version: j.version })),
  ];
  const version = new Map(evaluators.map((e) => [e.id, e.version]));
  const judgeGate = limitConcurrency(o.judgeConcurrency ?? o.concurrency * Math.max(1, judges.length + gating.length));
  deps.store.startRun({ id: runId, startedAt, dataset: o.dataset });
  /** One conversation: replay, code checks, judges, verdict rows written; its result for the report. */
  const evaluate = async (item: DatasetItem): Promise<ConversationResult> => {
    const clock = deps.elapsedMs ?? (() => performance.now());
    const started = clock();
    const replayed = await deps.replay(item, runId);
    const score = scoreTranscript(replayed.transcript);
    const judged = await Promise.all(
      judges.map(async (j) => ({ j, v: await judgeGate(() => j.judge(replayed.transcript)) })),
    );
    const gated = await Promise.all(
      gating.map(async (g) => ({
        modeId: g.modeId,
        verdict: (await judgeGate(() => g.judge.judge(replayed.transcript))).verdict,
      })),
    );
    modeJudgements.set(item.id, gated);
    const at = deps.now();
    const base = { runId, conversationId: replayed.conversationId, scenarioId: item.scenarioId, createdAt: at };
    const rows: StoredVerdict[] = CODE_EVALUATORS.map((e) => ({
      ...base,
      ...codeVerdict(score, e.id),
      evaluator: e.id,
      evaluatorVersion: version.get(e.id)!,
      kind: "code",
      mode: e.mode,
    }));
    for (const { j, v } of judged)
      rows.push({
        ...base,
        evaluator: j.id,
        evaluatorVersion: j.version,
        kind: "llm",
        mode: j.mode,
        verdict: v.verdict,
        turn: v.verdict === "error" ? null : v.turn,
        reason: v.verdict === "error" ? v.error : v.critique,
        factIds: [],
      });
    deps.store.putVerdicts(rows);
    return {
      conversationId: replayed.conversationId,
      scenarioId: item.scenarioId,
      trap: item.trap,
      transcript: replayed.transcript,
      states: replayed.states,
      turnErrors: replayed.turnErrors ?? 0,
      score,
      judges: judged.map(({ j, v }) => ({
        mode: j.mode,
        verdict: v.verdict,
        turn: v.verdict === "error" ? null : v.turn,
      })),
      durationMs: clock() - started,
    };
  };
  const baseline = deps.baseline();
  // A baseline measures one bot variant; comparing another variant's rates with it would flag the variant, not a change.
  const comparable = baseline && baseline.bot === deps.bot.variant ? baseline : null;
  if (baseline && !comparable)
    deps.log(
      `eval: the baseline is for the ${baseline.bot} bot; this ${deps.bot.variant} bot run is not compared with it`,
    );
  const bar = deps.progress(items.length);
  let results: ConversationResult[];
  try {
    // Stored by index, so reports are in dataset order whatever order conversations finish in.
    results = await mapPool(items, o.concurrency, async (item) => {
      const result = await evaluate(item);
      bar.tick();
      return result;
    });
  } finally {
    bar.stop();
  }
  const codeSummary = summarize({
    runId,
    dataset: o.dataset,
    startedAt,
    finishedAt: deps.now(),
    results,
    alignment: testSplitPairs(labelled.items, split),
    baseline: comparable,
    thresholds: deps.thresholds(),
    evaluators,
    bot: deps.bot,
    judgesModel: judges[0]?.model ?? null,
    judgesProvider: judges[0]?.provider ?? null,
    seed: o.seed,
    draws: o.draws,
  });
  // Human modes with a validated judge join the gate: their rate over this run against maxRate.<mode>.
  const gate = humanModeGate(
    gating,
    items.map((i) => modeJudgements.get(i.id) ?? []),
    deps.thresholds(),
  );
  const summary: EvalSummary = gate.rows.length
    ? {
        ...codeSummary,
        humanModeGate: gate.rows,
        reasons: [...codeSummary.reasons, ...gate.reasons],
        exitCode: codeSummary.exitCode || gate.reasons.length ? 1 : 0,
      }
    : codeSummary;
  deps.store.finishRun(runId, summary.finishedAt, summary);
  deps.write(`${o.reportsDir}/eval-${runId}.md`, renderMarkdown(summary));
  deps.write(
    `${o.reportsDir}/eval-${runId}.json`,
    `${JSON.stringify({ summary, results: results.map((r) => ({ ...r.score, scenarioId: r.scenarioId, states: r.states, judges: r.judges })) }, null, 2)}\n`,
  );
  deps.write(`${o.reportsDir}/eval-${runId}.junit.xml`, renderJunit(summary, results));
  if (o.baselinePath) {
    const rates = Object.fromEntries(summary.modes.map((m) => [m.mode, m.rate]));
    deps.write(
      o.baselinePath,
      `${JSON.stringify({ dataset: o.dataset, bot: deps.bot.variant, runId, conversations: results.length, rates }, null, 2)}\n`,
    );
  }
  return { summary, results };
}
