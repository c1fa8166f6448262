import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { failingConversations, openRunFailureReader, type RunFailure } from "./run-failures";
import { openVerdictStore } from "./verdict-store";

const f = (conversationId: string, mode: string, turn: number, evaluator = `check-${mode}`): RunFailure => ({
  conversationId,
  scenarioId: `s-${conversationId}`,
  evaluator,
  mode,
  turn,
  reason: "r",
});
const states: Record<string, string[]> = {
  a: ["browsing", "booking.collecting", "booked"],
  b: ["browsing", "handoff"],
};
const stateAfter = (id: string, turn: number) => states[id]?.[turn - 1] ?? null;

describe("failingConversations", () => {
  const failures = [
    f("a", "bad_data", 3),
    f("a", "bad_data", 2, "check-prices"),
    f("a", "over_eager", 1),
    f("b", "bad_data", 2),
  ];
  it("groups a mode's failures per conversation with the state after the first failing turn", () => {
    expect(
      failingConversations(failures, "bad_data", stateAfter).map((c) => [
        c.conversationId,
        c.firstTurn,
        c.state,
        c.failures.length,
      ]),
    ).toEqual([
      ["a", 2, "booking.collecting", 2],
      ["b", 2, "handoff", 1],
    ]);
  });
  it("keeps only the conversations whose first failure left the asked state (a heat-map cell)", () => {
    expect(failingConversations(failures, "bad_data", stateAfter, "handoff").map((c) => c.conversationId)).toEqual([
      "b",
    ]);
    expect(failingConversations(failures, "over_eager", stateAfter, "browsing").map((c) => c.conversationId)).toEqual([
      "a",
    ]);
    expect(failingConversations(failures, "over_eager", stateAfter, "handoff")).toEqual([]);
  });
  it("'any' takes every mode: the first failing turn of any check", () => {
    expect(failingConversations(failures, "any", stateAfter).map((c) => [c.conversationId, c.firstTurn])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });
});

describe("openRunFailureReader", () => {
  it("reads one run's failing code verdicts, and nothing when the table does not exist yet", () => {
    const path = join(mkdtempSync(join(tmpdir(), "run-failures-")), "t.db");
    expect(openRunFailureReader(path).failures("r1")).toEqual([]);
    const store = openVerdictStore(path);
    const base = { scenarioId: "s", evaluatorVersion: "v", turn: 1, reason: "x", factIds: [], createdAt: "t" };
    store.startRun({ id: "r1", startedAt: "2026-06-03T10:00:00Z", dataset: "d" });
    store.putVerdicts([
      {
        ...base,
        runId: "r1",
        conversationId: "c1",
        evaluator: "check-prices",
        kind: "code",
        mode: "bad_data",
        verdict: "fail",
      },
      {
        ...base,
        runId: "r1",
        conversationId: "c2",
        evaluator: "check-prices",
        kind: "code",
        mode: "bad_data",
        verdict: "pass",
      },
      {
        ...base,
        runId: "r1",
        conversationId: "c3",
        evaluator: "judge-bad_data",
        kind: "llm",
        mode: "bad_data",
        verdict: "fail",
      },
    ]);
    store.close();
    const reader = openRunFailureReader(path);
    expect(reader.failures("r1").map((x) => x.conversationId)).toEqual(["c1"]);
    expect(reader.failures("r2")).toEqual([]);
    reader.close();
  });
});
