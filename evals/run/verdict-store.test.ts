import { describe, expect, it } from "vitest";
import { openVerdictStore, type StoredVerdict } from "./verdict-store";

const v = (evaluator: string, verdict: StoredVerdict["verdict"]): StoredVerdict => ({
  runId: "r1",
  conversationId: "c1",
  scenarioId: "s1",
  evaluator,
  evaluatorVersion: "abc",
  kind: "code",
  mode: "bad_data",
  verdict,
  turn: verdict === "fail" ? 2 : null,
  reason: null,
  factIds: ["hours.sat"],
  createdAt: "2026-06-01T00:00:00Z",
});

describe("verdict store", () => {
  it("stores runs and verdicts and reads them back parsed", () => {
    const s = openVerdictStore(":memory:");
    s.startRun({ id: "r1", startedAt: "2026-06-01T00:00:00Z", dataset: "default" });
    s.putVerdicts([v("check-hours-claims", "fail"), v("judge-bad_data", "error")]);
    s.finishRun("r1", "2026-06-01T00:01:00Z", { ok: true });
    expect(s.verdictsFor("c1")).toEqual([v("check-hours-claims", "fail"), v("judge-bad_data", "error")]);
    expect(s.verdictsFor("nope")).toEqual([]);
    expect(s.listRuns()).toEqual([
      {
        id: "r1",
        startedAt: "2026-06-01T00:00:00Z",
        finishedAt: "2026-06-01T00:01:00Z",
        dataset: "default",
        summary: { ok: true },
      },
    ]);
    s.close();
  });

  it("counts uses of a split per labelled set", () => {
    const s = openVerdictStore(":memory:");
    expect(s.recordSplitUse("test", "h1", "t")).toBe(1);
    expect(s.recordSplitUse("test", "h1", "t")).toBe(2);
    expect(s.recordSplitUse("test", "h2", "t")).toBe(1);
    s.close();
  });
});
