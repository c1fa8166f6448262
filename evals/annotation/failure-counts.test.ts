import { describe, expect, it } from "vitest";
import { type CountRow, paretoCounts, pivotCounts } from "./failure-counts";

const modes = [
  { id: "bad_data", name: "bad_data" },
  { id: "policy_confusion", name: "policy_confusion" },
  { id: "over_eager", name: "over_eager" },
];
const row = (traceId: string, source: string, failModes: string[] | null): CountRow => ({
  traceId,
  pass: failModes === null,
  modes: failModes ?? [],
  attrs: { source },
});
const rows: CountRow[] = [
  row("t1", "ui", ["bad_data"]),
  row("t2", "ui", ["bad_data", "over_eager"]),
  row("t3", "ui", null),
  row("t4", "synthetic", ["over_eager"]),
  row("t5", "synthetic", ["bad_data"]),
  row("t6", "synthetic", null),
  row("t7", "synthetic", null),
  row("t8", "cli", []),
];

describe("pareto counts", () => {
  it("sorts modes by failures with rates over labelled traces and a cumulative share", () => {
    const bars = paretoCounts(rows, modes);
    expect(bars.map((b) => [b.modeId, b.count])).toEqual([
      ["bad_data", 3],
      ["over_eager", 2],
      ["policy_confusion", 0],
    ]);
    expect(bars[0]).toMatchObject({ rate: 3 / 8, cumulative: 3 / 5, traceIds: ["t1", "t2", "t5"] });
    expect(bars[2]!.cumulative).toBe(1);
  });
});

describe("pivot counts", () => {
  it("counts mode × attribute value with rates over traces of that value", () => {
    const p = pivotCounts(rows, "source", modes);
    expect(p.columns).toEqual([
      { value: "synthetic", traces: 4, failed: 2 },
      { value: "ui", traces: 3, failed: 2 },
      { value: "cli", traces: 1, failed: 1 },
    ]);
    const bad = p.rows.find((r) => r.modeId === "bad_data")!;
    expect(bad.cells.map((c) => c.count)).toEqual([1, 2, 0]);
    expect(bad.cells[1]).toEqual({ count: 2, rate: 2 / 3, traceIds: ["t1", "t2"] });
    expect(bad.total).toBe(3);
    expect(p.uncoded.map((c) => c.traceIds)).toEqual([[], [], ["t8"]]);
  });

  it("uses the states a conversation reached as denominators for the state at first failure", () => {
    const states: CountRow[] = [
      {
        traceId: "a",
        pass: false,
        modes: ["bad_data"],
        attrs: { firstFailState: "browsing" },
        reach: { firstFailState: ["idle", "browsing"] },
      },
      {
        traceId: "b",
        pass: true,
        modes: [],
        attrs: { firstFailState: "(passed)" },
        reach: { firstFailState: ["idle", "booking.collecting"] },
      },
      {
        traceId: "c",
        pass: false,
        modes: ["over_eager"],
        attrs: { firstFailState: "booking.collecting" },
        reach: { firstFailState: ["idle", "booking.collecting"] },
      },
    ];
    const p = pivotCounts(states, "firstFailState", modes);
    expect(p.columns).toEqual([
      { value: "idle", traces: 3, failed: 0 },
      { value: "booking.collecting", traces: 2, failed: 1 },
      { value: "browsing", traces: 1, failed: 1 },
    ]);
    const eager = p.rows.find((r) => r.modeId === "over_eager")!;
    expect(eager.cells.map((c) => c.rate)).toEqual([0, 0.5, 0]);
  });
});
