import { z } from "zod";
import { type FailureMode, type ScoreResult, Uncertainty } from "../schema";

/** One conversation's outcome for a mode (or "any"): a check failed, else one abstained (uncertain), else pass. */
export type Outcome = "pass" | "fail" | "uncertain";

/** How every report words the rule (the markdown report, `pnpm eval`, `eval:heldout`, `eval align`, /evals). */
export const UNCERTAIN_RULE =
  "uncertain = a check abstained and none failed: neither pass nor fail. Rates are over decided conversations (pass + fail); uncertain ones are counted apart and queued for human review.";

const Rate = z.number().min(0).max(1);

/** The run's abstentions: conversations left uncertain, the share of the run, the gate's limit and a few examples. */
export const UncertainSummary = z.object({
  /** Conversations with no failure and at least one abstention (uncertain under "any"). */
  conversations: z.number().int().nonnegative(),
  /** Abstentions in the run (a conversation may have several, and a failing conversation may abstain too). */
  abstentions: z.number().int().nonnegative(),
  rate: Rate,
  /** `maxUncertainRate` of thresholds.json; null = reported only, never gated. */
  maxRate: Rate.nullable(),
  status: z.enum(["ok", "over_threshold"]),
  /** Up to 10 uncertain conversations with their abstentions (evaluator, turn, reason), dataset order. */
  examples: z.array(z.object({ conversationId: z.string(), scenarioId: z.string(), uncertain: z.array(Uncertainty) })),
});
export type UncertainSummary = z.infer<typeof UncertainSummary>;

/** The outcome of one scored conversation for a mode, or for every mode together ("any"). Pure. */
export function outcome(score: Pick<ScoreResult, "failures" | "uncertain">, mode: FailureMode | "any"): Outcome {
  const mine = <T extends { mode: FailureMode }>(xs: readonly T[]) =>
    mode === "any" ? xs : xs.filter((x) => x.mode === mode);
  if (mine(score.failures).length) return "fail";
  return mine(score.uncertain ?? []).length ? "uncertain" : "pass";
}

/**
 * The run's uncertain figures and the gate on them: over `maxRate` (share of conversations uncertain under "any")
 * the gate fails with a reason; without a limit they are reported only.
 */
export function summarizeUncertain(
  results: readonly { conversationId: string; scenarioId: string; score: ScoreResult }[],
  maxRate: number | null,
): { summary: UncertainSummary; reason: string | null } {
  const undecided = results.filter((r) => outcome(r.score, "any") === "uncertain");
  const rate = results.length ? undecided.length / results.length : 0;
  const over = maxRate !== null && rate > maxRate + 1e-12;
  const summary: UncertainSummary = {
    conversations: undecided.length,
    abstentions: results.reduce((n, r) => n + (r.score.uncertain?.length ?? 0), 0),
    rate,
    maxRate,
    status: over ? "over_threshold" : "ok",
    examples: undecided.slice(0, 10).map((r) => ({
      conversationId: r.conversationId,
      scenarioId: r.scenarioId,
      uncertain: r.score.uncertain ?? [],
    })),
  };
  const reason = over
    ? `uncertain: ${undecided.length} of ${results.length} conversations (${(rate * 100).toFixed(1)}%) left undecided by the checks, over the limit ${((maxRate ?? 0) * 100).toFixed(1)}% — review them in /annotate ("Needs review: uncertain")`
    : null;
  return { summary, reason };
}
