import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openTraceStore } from "../../traces/index";
import { aSummary } from "./summary-fixture";
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
    s.startRun({ id: "r0", startedAt: "2026-05-31T00:00:00Z", dataset: "default" });
    s.finishRun("r1", "2026-06-01T00:01:00Z", aSummary("r1"));
    expect(s.verdictsFor("c1")).toEqual([v("check-hours-claims", "fail"), v("judge-bad_data", "error")]);
    expect(s.verdictsFor("nope")).toEqual([]);
    expect(s.listRuns()).toEqual([
      {
        id: "r1",
        startedAt: "2026-06-01T00:00:00Z",
        finishedAt: "2026-06-01T00:01:00Z",
        dataset: "default",
        summary: aSummary("r1"),
      },
      // Never finished: no summary to show.
      { id: "r0", startedAt: "2026-05-31T00:00:00Z", finishedAt: null, dataset: "default", summary: null },
    ]);
    s.close();
  });

  it("reads a run stored before bot variants with the defaults, and an unreadable summary as none", () => {
    const s = openVerdictStore(":memory:");
    const { bot: _, ...older } = aSummary("old");
    s.startRun({ id: "old", startedAt: "2026-06-01T00:00:00Z", dataset: "default" });
    s.finishRun("old", "2026-06-01T00:01:00Z", older as ReturnType<typeof aSummary>);
    s.startRun({ id: "bad", startedAt: "2026-05-01T00:00:00Z", dataset: "default" });
    s.finishRun("bad", "2026-05-01T00:01:00Z", { runId: "bad" } as ReturnType<typeof aSummary>);
    const [old, bad] = s.listRuns();
    expect(old?.summary?.bot).toEqual({ variant: "machine", provider: "unrecorded", model: "unrecorded" });
    expect(bad?.summary).toBeNull();
    s.close();
  });

  it("counts uses of a split per labelled set", () => {
    const s = openVerdictStore(":memory:");
    expect(s.recordSplitUse("test", "h1", "t")).toBe(1);
    expect(s.recordSplitUse("test", "h1", "t")).toBe(2);
    expect(s.recordSplitUse("test", "h2", "t")).toBe(1);
    s.close();
  });

  it("tags failing and undecided conversations in the trace store, so the trace browser filters on them", () => {
    const dir = mkdtempSync(join(tmpdir(), "verdict-facets-"));
    try {
      const path = join(dir, "t.db");
      const traces = openTraceStore(path);
      for (const id of ["c0", "c1", "c2"])
        traces.createConversation({
          id,
          source: "eval",
          scenarioId: null,
          model: "m",
          promptVersion: "p",
          handbookVersion: "h",
          appVersion: "a",
          metadata: {},
          createdAt: `2026-06-01T00:00:0${id.slice(1)}Z`,
        });
      const before = openVerdictStore(path);
      before.putVerdicts([{ ...v("check-a", "fail"), conversationId: "c0" }]);
      before.close();
      const s = openVerdictStore(path); // opening again adds nothing twice
      s.putVerdicts([v("check-hours-claims", "fail"), { ...v("judge-x", "error"), conversationId: "c2" }]);
      s.putVerdicts([{ ...v("check-b", "pass"), conversationId: "c2" }]);
      const ids = (facets: string[][]) => traces.listConversations({ facets }).items.map((c) => c.id);
      expect(ids([["verdict:fail"]])).toEqual(["c1", "c0"]);
      expect(ids([["verdict:error"]])).toEqual(["c2"]);
      expect(ids([["emode:bad_data"], ["verdict:fail"]])).toEqual(["c1", "c0"]);
      expect(ids([["verdict:fail", "verdict:error"]])).toEqual(["c2", "c1", "c0"]);
      s.close();
      traces.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
