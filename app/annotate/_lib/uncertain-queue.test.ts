import { describe, expect, it } from "vitest";
import type { StoredVerdict } from "../../../evals/index";
import { uncertainQueue } from "./uncertain-queue";

const v = (conversationId: string, evaluator: string, over: Partial<StoredVerdict> = {}): StoredVerdict => ({
  runId: "r2",
  conversationId,
  scenarioId: null,
  evaluator,
  evaluatorVersion: "v",
  kind: "code",
  mode: "over_eager",
  verdict: "uncertain",
  turn: 1,
  reason: `${evaluator} on ${conversationId}`,
  factIds: [],
  createdAt: "2026-06-02T00:00:00Z",
  ...over,
});

describe("uncertainQueue", () => {
  const verdicts = [
    v("c1", "check-closed-time-booking"),
    v("c1", "check-x", { mode: "bad_data", turn: 2 }),
    v("c2", "check-closed-time-booking"),
    v("c3", "check-closed-time-booking"),
    v("c4", "check-closed-time-booking"),
    v("c1", "check-closed-time-booking", { runId: "r1", createdAt: "2026-06-01T00:00:00Z" }),
    v("c5", "check-prices", { verdict: "fail" }),
  ];
  const labels: Record<string, string> = { c2: "pass", c3: "fail", c4: "defer" };

  it("lists each undecided trace once with every abstention of its newest run; labelled pass/fail traces leave", () => {
    expect(uncertainQueue(verdicts, (id) => labels[id])).toEqual([
      {
        conversationId: "c1",
        runId: "r2",
        at: "2026-06-02T00:00:00Z",
        abstentions: [
          {
            evaluator: "check-closed-time-booking",
            mode: "over_eager",
            turn: 1,
            reason: "check-closed-time-booking on c1",
          },
          { evaluator: "check-x", mode: "bad_data", turn: 2, reason: "check-x on c1" },
        ],
      },
      expect.objectContaining({ conversationId: "c4" }), // deferred: still waiting for a pass or fail
    ]);
  });

  it("caps the list", () =>
    expect(uncertainQueue(verdicts, () => null, 1).map((i) => i.conversationId)).toEqual(["c1"]));
});
