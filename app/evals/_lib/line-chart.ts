import type { ModeSeries } from "./run-history";
import { niceCeiling } from "./sparkline";

/** The plot box of the rates-over-runs chart, in SVG units: the whole size and the margins around the plot. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One mode's line: its SVG path and a point per run it has a figure for. */
export interface ChartLine {
  mode: string;
  d: string;
  points: { runId: string; x: number; y: number; rate: number; failures: number; n: number }[];
}

/** Everything the chart draws: the y top, gridline ticks, a column per run (oldest left) and a line per mode. */
export interface LineChartLayout {
  yMax: number;
  ticks: { value: number; y: number }[];
  runs: { runId: string; startedAt: string; x: number }[];
  lines: ChartLine[];
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Lays out failure rates per mode over runs: runs evenly spaced oldest → newest (a run a mode lacks leaves a gap
 * in neither axis, only in that line), y from 0 to a round ceiling over every rate and threshold, 4 gridlines. Pure.
 */
export function lineChartLayout(series: readonly ModeSeries[], box: ChartBox): LineChartLayout {
  const order = new Map<string, string>();
  for (const s of series) for (const p of s.points) if (!order.has(p.runId)) order.set(p.runId, p.startedAt);
  const runs = [...order].sort(([, a], [, b]) => a.localeCompare(b));
  const yMax = niceCeiling(series.flatMap((s) => [...s.points.map((p) => p.rate), s.maxRate ?? 0]));
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const xOf = (i: number) => round(box.left + (runs.length > 1 ? (i * plotW) / (runs.length - 1) : plotW / 2));
  const yOf = (rate: number) => round(box.top + plotH * (1 - Math.min(1, Math.max(0, rate / yMax))));
  const xs = new Map(runs.map(([id], i) => [id, xOf(i)]));
  return {
    yMax,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: f * yMax, y: yOf(f * yMax) })),
    runs: runs.map(([runId, startedAt]) => ({ runId, startedAt, x: xs.get(runId)! })),
    lines: series.map((s) => {
      const points = s.points.map((p) => ({
        runId: p.runId,
        x: xs.get(p.runId)!,
        y: yOf(p.rate),
        rate: p.rate,
        failures: p.failures,
        n: p.n,
      }));
      return { mode: s.mode, d: points.map((p, i) => `${i ? "L" : "M"}${p.x},${p.y}`).join(" "), points };
    }),
  };
}
