import { describe, expect, it } from "vitest";
import { lineChartLayout } from "./line-chart";
import type { ModeSeries } from "./run-history";

const box = { width: 600, height: 200, left: 40, right: 20, top: 10, bottom: 30 };
const pt = (runId: string, startedAt: string, rate: number) => ({
  runId,
  startedAt,
  rate,
  failures: 0,
  n: 10,
  status: "ok" as const,
});

describe("lineChartLayout", () => {
  const series: ModeSeries[] = [
    {
      mode: "bad_data",
      points: [pt("r1", "2026-06-01", 0), pt("r2", "2026-06-02", 0.1), pt("r3", "2026-06-03", 0.05)],
      maxRate: 0.05,
    },
    { mode: "over_eager", points: [pt("r2", "2026-06-02", 0.2), pt("r3", "2026-06-03", 0)], maxRate: 0.05 },
  ];
  const l = lineChartLayout(series, box);
  it("spaces runs evenly, oldest left, over the union of runs", () => {
    expect(l.runs.map((r) => [r.runId, r.x])).toEqual([
      ["r1", 40],
      ["r2", 310],
      ["r3", 580],
    ]);
  });
  it("scales y to a round ceiling with gridlines from 0 at the bottom to the top", () => {
    expect(l.yMax).toBe(0.2);
    expect(l.ticks[0]).toEqual({ value: 0, y: 170 });
    expect(l.ticks[4]).toEqual({ value: 0.2, y: 10 });
  });
  it("draws each mode only through the runs it has, highest rate at the top", () => {
    const oe = l.lines.find((x) => x.mode === "over_eager")!;
    expect(oe.d).toBe("M310,10 L580,170");
    expect(l.lines[0]!.points.map((p) => p.y)).toEqual([170, 90, 130]);
  });
  it("a single run sits in the middle", () => {
    const one = lineChartLayout([{ mode: "any", points: [pt("r1", "2026-06-01", 0.5)], maxRate: null }], box);
    expect(one.runs[0]!.x).toBe(310);
    expect(one.yMax).toBe(0.5);
  });
});
