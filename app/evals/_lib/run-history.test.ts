import { describe, expect, it } from "vitest";
import type { EvalSummary, ModeSummary } from "../../../evals/index";
import { modeSeries, modesOf, pickRun, type RunEntry } from "./run-history";

const mode = (name: ModeSummary["mode"], rate: number, maxRate = 0.05): ModeSummary => ({
  mode: name,
  n: 20,
  failures: Math.round(rate * 20),
  uncertain: 0,
  rate,
  judge: null,
  alignment: null,
  corrected: null,
  baseline: null,
  delta: null,
  maxRate,
  status: rate > maxRate ? "over_threshold" : "ok",
});

const run = (id: string, modes: ModeSummary[] | null): RunEntry => ({
  id,
  startedAt: `2026-06-0${id.slice(-1)}T10:00:00Z`,
  finishedAt: modes ? `2026-06-0${id.slice(-1)}T10:01:00Z` : null,
  dataset: "default",
  summary: modes ? ({ runId: id, modes } as unknown as EvalSummary) : null,
});

// Newest first, as listRuns returns them; run-3 never finished.
const runs = [
  run("run-4", [mode("bad_data", 0.1, 0.2), mode("any", 0.1)]),
  run("run-3", null),
  run("run-2", [mode("bad_data", 0.35), mode("over_eager", 0.05), mode("any", 0.4)]),
  run("run-1", [mode("bad_data", 0), mode("any", 0)]),
];

describe("modesOf", () => {
  it("follows the newest run's order and keeps modes only older runs had", () =>
    expect(modesOf(runs)).toEqual(["bad_data", "any", "over_eager"]));
});

describe("modeSeries", () => {
  it("lists each mode's finished runs oldest first with the newest threshold", () => {
    const [bad, any, eager] = modeSeries(runs);
    expect(bad).toMatchObject({ mode: "bad_data", maxRate: 0.2 });
    expect(bad!.points.map((p) => [p.runId, p.rate, p.status])).toEqual([
      ["run-1", 0, "ok"],
      ["run-2", 0.35, "over_threshold"],
      ["run-4", 0.1, "ok"],
    ]);
    expect(any!.points).toHaveLength(3);
    expect(eager!.points.map((p) => p.runId)).toEqual(["run-2"]);
  });
  it("is empty without runs", () => expect(modeSeries([])).toEqual([]));
});

describe("pickRun", () => {
  it("defaults to the newest finished run", () =>
    expect(pickRun(runs, null)).toMatchObject({ run: { id: "run-4" }, missing: false }));
  it("shows a requested finished run", () => expect(pickRun(runs, "run-2").run?.id).toBe("run-2"));
  it("falls back to the newest and says so when the run is unknown or unfinished", () => {
    expect(pickRun(runs, "nope")).toMatchObject({ run: { id: "run-4" }, missing: true });
    expect(pickRun(runs, "run-3")).toMatchObject({ run: { id: "run-4" }, missing: true });
  });
  it("has nothing to show before the first finished run", () =>
    expect(pickRun([run("run-1", null)], null)).toEqual({ run: null, missing: false }));
});
