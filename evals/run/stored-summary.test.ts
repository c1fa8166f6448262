import { describe, expect, it } from "vitest";
import { StoredSummary } from "./stored-summary";
import { type ConversationResult, summarize } from "./summary";
import { convo } from "../checks/test-support";

const result = (id: string, failing: boolean): ConversationResult => ({
  conversationId: id,
  scenarioId: `s-${id}`,
  trap: null,
  transcript: convo(["q", "a"], undefined, id),
  states: ["browsing"],
  score: {
    id,
    pass: !failing,
    failures: failing ? [{ mode: "bad_data", turn: 1, evaluator: "x", reason: "r", factIds: ["hours.sun"] }] : [],
  },
  judges: [],
});

describe("StoredSummary", () => {
  it("parses what summarize writes, after a JSON round trip", () => {
    const summary = summarize({
      runId: "r",
      dataset: "default",
      startedAt: "2026-06-01T00:00:00Z",
      finishedAt: "2026-06-01T00:00:01Z",
      results: [result("a", true), result("b", false)],
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
    });
    expect(StoredSummary.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    // A run stored before bot variants existed was the state-machine bot.
    const { bot: _, turnErrors: __, ...older } = JSON.parse(JSON.stringify(summary));
    expect(StoredSummary.parse(older)).toMatchObject({
      bot: { variant: "machine", provider: "unrecorded", model: "unrecorded" },
      turnErrors: { turns: 0, withError: 0 },
    });
  });

  it("rejects the empty summary of a run that never finished", () => {
    expect(StoredSummary.safeParse({}).success).toBe(false);
  });
});
