import { convo } from "../checks/test-support";
import type { FailureMode } from "../schema";
import type { EvalSummary } from "./eval-summary";
import { type ConversationResult, type SummaryInput, summarize } from "./summary";

/** A replayed conversation for summary tests: one failure at turn 1 per mode in `failModes` (evaluator `x-<mode>`). */
export const aResult = (id: string, failModes: FailureMode[] = [], states = ["browsing"]): ConversationResult => ({
  conversationId: id,
  scenarioId: `s-${id}`,
  trap: null,
  transcript: convo(["q", "a"], undefined, id),
  states,
  score: {
    id,
    pass: failModes.length === 0,
    failures: failModes.map((mode) => ({ mode, turn: 1, evaluator: `x-${mode}`, reason: "r", factIds: [] })),
  },
  judges: [],
});

/** What `summarize` writes for a two-conversation run (one failing) with alignment pairs; `over` replaces inputs. */
export function aSummary(runId = "r", over: Partial<SummaryInput> = {}): EvalSummary {
  return summarize({
    runId,
    dataset: "default",
    startedAt: "2026-06-01T00:00:00Z",
    finishedAt: "2026-06-01T00:00:01Z",
    results: [aResult("a", ["bad_data"]), aResult("b")],
    alignment: {
      bad_data: [
        { id: "p", human: true, predicted: true },
        { id: "f", human: false, predicted: false },
      ],
    },
    baseline: null,
    thresholds: { maxRate: { bad_data: 0.1 }, regressionTolerance: 0.02 },
    evaluators: [{ id: "x", kind: "code", version: "v" }],
    bot: { variant: "machine", provider: "offline", model: "offline-rules-v1" },
    judgesModel: null,
    seed: 1,
    draws: 100,
    ...over,
  });
}
