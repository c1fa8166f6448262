import { describe, expect, it } from "vitest";
import type { StoredVerdict } from "../../../evals/index";
import { failuresByTurn, latestRunVerdicts, orderVerdicts, summarizeVerdicts, verdictText } from "./verdict-summary";

const v = (over: Partial<StoredVerdict>): StoredVerdict => ({
  runId: "run-2",
  conversationId: "c1",
  scenarioId: "s1",
  evaluator: "check-prices",
  evaluatorVersion: "abc",
  kind: "code",
  mode: "bad_data",
  verdict: "pass",
  turn: null,
  reason: null,
  factIds: [],
  createdAt: "2026-06-03T10:00:00Z",
  ...over,
});

describe("latestRunVerdicts", () => {
  it("keeps only the newest run (listed first)", () => {
    const vs = [v({ evaluator: "a" }), v({ evaluator: "b" }), v({ runId: "run-1", verdict: "fail" })];
    expect(latestRunVerdicts(vs).map((x) => x.evaluator)).toEqual(["a", "b"]);
  });
  it("is empty without verdicts", () => expect(latestRunVerdicts([])).toEqual([]));
});

describe("summarizeVerdicts + verdictText", () => {
  it.each<[string, StoredVerdict[], string]>([
    ["no verdicts", [], "—"],
    ["all pass", [v({}), v({ evaluator: "check-contact" })], "✓ pass"],
    [
      "failures in two modes, report order",
      [
        v({ evaluator: "check-not-offered", mode: "over_eager", verdict: "fail", turn: 2 }),
        v({ evaluator: "check-hours-claims", verdict: "fail", turn: 1 }),
        v({}),
      ],
      "✗ 2 failures: bad_data, over_eager",
    ],
    [
      "two failing checks in one mode",
      [v({ verdict: "fail", turn: 1 }), v({ evaluator: "check-contact", verdict: "fail", turn: 3 })],
      "✗ 2 failures: bad_data",
    ],
    [
      "one failure and a judge error",
      [
        v({ verdict: "fail", turn: 1 }),
        v({ evaluator: "judge-policy", kind: "llm", mode: "policy_confusion", verdict: "error" }),
      ],
      "✗ 1 failure: bad_data · 1 error",
    ],
    [
      "an abstention is never shown as a pass",
      [v({}), v({ evaluator: "check-closed-time-booking", mode: "over_eager", verdict: "uncertain", turn: 1 })],
      "? 1 uncertain",
    ],
    [
      "a failure outranks an abstention",
      [v({ verdict: "fail", turn: 1 }), v({ evaluator: "check-closed-time-booking", verdict: "uncertain", turn: 1 })],
      "✗ 1 failure: bad_data",
    ],
    ["only judge errors", [v({}), v({ evaluator: "judge", kind: "llm", verdict: "error" })], "⚠ 1 evaluator error"],
    ["an older run's failure does not count", [v({}), v({ runId: "run-1", verdict: "fail", turn: 1 })], "✓ pass"],
  ])("%s", (_, verdicts, text) => expect(verdictText(summarizeVerdicts(verdicts))).toBe(text));

  it("carries the run id and counts", () =>
    expect(summarizeVerdicts([v({ verdict: "fail", turn: 1 }), v({ evaluator: "x" })])).toEqual({
      kind: "fail",
      runId: "run-2",
      evaluators: 2,
      failures: 1,
      modes: ["bad_data"],
      errors: 0,
    }));
});

describe("failuresByTurn", () => {
  it("groups the newest run's failing verdicts by turn", () => {
    const byTurn = failuresByTurn([
      v({ evaluator: "a", verdict: "fail", turn: 2 }),
      v({ evaluator: "b", verdict: "fail", turn: 2 }),
      v({ evaluator: "c", verdict: "fail", turn: 1 }),
      v({ evaluator: "d", verdict: "pass" }),
      v({ evaluator: "e", verdict: "fail", turn: null }),
      v({ runId: "run-1", evaluator: "old", verdict: "fail", turn: 3 }),
    ]);
    expect([...byTurn].map(([t, vs]) => [t, vs.map((x) => x.evaluator)])).toEqual([
      [2, ["a", "b"]],
      [1, ["c"]],
    ]);
  });
});

describe("orderVerdicts", () => {
  it("lists failures by turn, then errors, then passes", () => {
    const ordered = orderVerdicts([
      v({ evaluator: "p" }),
      v({ evaluator: "e", verdict: "error" }),
      v({ evaluator: "f3", verdict: "fail", turn: 3 }),
      v({ evaluator: "f1", verdict: "fail", turn: 1 }),
    ]);
    expect(ordered.map((x) => x.evaluator)).toEqual(["f1", "f3", "e", "p"]);
  });
});
