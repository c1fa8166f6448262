import { z } from "zod";
import { BotVariant } from "../../chatbot/index";
import { FAILURE_MODES, type FailureMode, type ScoreResult, type Transcript } from "../schema";
// Direct imports, not ../stats/index: stats/index reaches back into run/ (labelled sets), and a cycle through it
// would leave this module's schemas undefined while it is evaluated.
import { bootstrapCorrected } from "../stats/bootstrap";
import type { Pair } from "../stats/confusion";
import { firstFailureMatrix } from "../stats/first-failure-matrix";
import type { BotUnderTest, EvalSummary, ModeSummary } from "./eval-summary";
import { outcome, summarizeUncertain } from "./uncertain-outcomes";

/** The committed baseline: per-mode failure rates of a reference run (of one bot variant; older files: machine). */
export const Baseline = z.object({
  dataset: z.string(),
  bot: BotVariant.default("machine"),
  runId: z.string(),
  conversations: z.number().int(),
  rates: z.record(z.string(), z.number().min(0).max(1)),
});
export type Baseline = z.infer<typeof Baseline>;

/**
 * Gate configuration: a maximum failure rate per mode (and "any"), the tolerated rise over the baseline, and the
 * largest share of conversations the checks may leave uncertain (absent: uncertain is reported, never gated).
 */
export const Thresholds = z.object({
  maxRate: z.record(z.string(), z.number().min(0).max(1)),
  regressionTolerance: z.number().min(0).max(1),
  maxUncertainRate: z.number().min(0).max(1).optional(),
});
export type Thresholds = z.infer<typeof Thresholds>;

/** One replayed conversation with its code score, LLM-judge verdicts and machine state per turn. */
export interface ConversationResult {
  conversationId: string;
  scenarioId: string;
  trap: string | null;
  transcript: Transcript;
  states: string[];
  /** Turns that recorded an error (fallback replies); absent means none. */
  turnErrors?: number;
  score: ScoreResult;
  judges: { mode: FailureMode; verdict: "pass" | "fail" | "error"; turn: number | null }[];
  /** Wall time of this conversation's replay, checks and judges (JUnit `time`). */
  durationMs?: number;
}

/** Inputs of `summarize`: the run, the human-aligned pairs per mode (test split), the baseline and the gate. */
export interface SummaryInput {
  runId: string;
  dataset: string;
  startedAt: string;
  finishedAt: string;
  results: ConversationResult[];
  alignment: Partial<Record<FailureMode | "any", Pair[]>>;
  baseline: Baseline | null;
  thresholds: Thresholds;
  evaluators: EvalSummary["evaluators"];
  bot: BotUnderTest;
  judgesModel: string | null;
  /** "openai", "local"…; defaults to "openai" when judges ran. */
  judgesProvider?: string | null;
  seed: number;
  draws: number;
}

const firstCodeFailure = (r: ConversationResult, mode: FailureMode | "any") =>
  r.score.failures.find((f) => mode === "any" || f.mode === mode);

/**
 * Computes per-mode rates, corrected rates with bootstrap CIs, baseline deltas, the gate verdict and the matrix. Pure.
 * A conversation a check abstained on (and none failed) is uncertain for that mode: counted apart, left out of the
 * rate and of the bootstrap's verdicts, never a pass; `maxUncertainRate` gates their share.
 */
export function summarize(input: SummaryInput): EvalSummary {
  const reasons: string[] = [];
  const n = input.results.length;
  const modes = ([...FAILURE_MODES, "any"] as const).map((mode): ModeSummary => {
    const failing = input.results.filter((r) => firstCodeFailure(r, mode));
    const decided = input.results.filter((r) => outcome(r.score, mode) !== "uncertain");
    const rate = decided.length ? failing.length / decided.length : 0;
    const judged = mode === "any" ? [] : input.results.flatMap((r) => r.judges.filter((j) => j.mode === mode));
    const judge = judged.length
      ? {
          failures: judged.filter((j) => j.verdict === "fail").length,
          errors: judged.filter((j) => j.verdict === "error").length,
          rate: judged.some((j) => j.verdict !== "error")
            ? judged.filter((j) => j.verdict === "fail").length / judged.filter((j) => j.verdict !== "error").length
            : null,
        }
      : null;
    const pairs = input.alignment[mode] ?? [];
    const boot =
      pairs.length && decided.length
        ? bootstrapCorrected({
            labelled: pairs,
            verdicts: decided.map((r) => !firstCodeFailure(r, mode)),
            seed: input.seed,
            draws: input.draws,
          })
        : null;
    const corrected = boot
      ? boot.ok
        ? { ok: true as const, rate: 1 - boot.theta, lo: 1 - boot.hi, hi: 1 - boot.lo, draws: boot.draws }
        : { ok: false as const, reason: boot.reason }
      : null;
    const alignment = boot?.ok ? { tpr: boot.tpr, tnr: boot.tnr, n: pairs.length } : null;
    const baseline = input.baseline?.rates[mode] ?? null;
    const delta = baseline === null ? null : rate - baseline;
    const maxRate = input.thresholds.maxRate[mode] ?? null;
    let status: ModeSummary["status"] = "ok";
    if (maxRate !== null && rate > maxRate + 1e-12) {
      status = "over_threshold";
      reasons.push(
        `${mode}: failure rate ${(rate * 100).toFixed(1)}% exceeds the threshold ${(maxRate * 100).toFixed(1)}%`,
      );
    } else if (delta !== null && delta > input.thresholds.regressionTolerance + 1e-12) {
      status = "regressed";
      reasons.push(
        `${mode}: failure rate rose ${(delta * 100).toFixed(1)} points over the baseline (tolerance ${(input.thresholds.regressionTolerance * 100).toFixed(1)})`,
      );
    }
    const uncertain = n - decided.length;
    return {
      mode,
      n,
      failures: failing.length,
      uncertain,
      rate,
      judge,
      alignment,
      corrected,
      baseline,
      delta,
      maxRate,
      status,
    };
  });
  const worst = input.results
    .filter((r) => !r.score.pass)
    .sort((a, b) => b.score.failures.length - a.score.failures.length || a.scenarioId.localeCompare(b.scenarioId))
    .slice(0, 10)
    .map((r) => ({ conversationId: r.conversationId, scenarioId: r.scenarioId, failures: r.score.failures }));
  const matrix = firstFailureMatrix(
    input.results.map((r) => ({
      id: r.conversationId,
      states: r.states,
      firstFailures: Object.fromEntries(FAILURE_MODES.map((m) => [m, firstCodeFailure(r, m)?.turn])),
    })),
    FAILURE_MODES,
  );
  const undecided = summarizeUncertain(input.results, input.thresholds.maxUncertainRate ?? null);
  if (undecided.reason) reasons.push(undecided.reason);
  return {
    runId: input.runId,
    dataset: input.dataset,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    conversations: n,
    bot: input.bot,
    turnErrors: {
      turns: input.results.reduce((t, r) => t + r.states.length, 0),
      withError: input.results.reduce((t, r) => t + (r.turnErrors ?? 0), 0),
    },
    judgesModel: input.judgesModel,
    judges: judgeTotals(input),
    modes,
    worst,
    matrix,
    evaluators: input.evaluators,
    uncertain: undecided.summary,
    exitCode: reasons.length ? 1 : 0,
    reasons,
  };
}

/** Totals of the judge verdicts of a run (null when no judge ran). */
function judgeTotals(input: SummaryInput): EvalSummary["judges"] {
  if (input.judgesModel === null) return null;
  const all = input.results.flatMap((r) => r.judges);
  const errors = all.filter((j) => j.verdict === "error").length;
  return {
    provider: input.judgesProvider ?? "openai",
    model: input.judgesModel,
    verdicts: all.length - errors,
    errors,
  };
}
