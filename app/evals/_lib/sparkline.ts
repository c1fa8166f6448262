/** Geometry of a small line chart: the box, its inner padding, a left gutter for axis labels, the y axis top (a rate). */
export interface SparkBox {
  width: number;
  height: number;
  pad: number;
  gutter?: number;
  yMax: number;
}

const CEILINGS = [0.05, 0.1, 0.2, 0.25, 0.5, 1];

/** The smallest round top for a rate axis that fits every value (and the threshold): 0.05, 0.1, 0.2, 0.25, 0.5 or 1. */
export function niceCeiling(values: readonly number[]): number {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  return CEILINGS.find((c) => max <= c + 1e-12) ?? 1;
}

/** The y coordinate of a rate in the box (0 at the bottom edge of the plot, yMax at the top). */
export function yOf(rate: number, box: SparkBox): number {
  const inner = box.height - 2 * box.pad;
  return box.pad + inner * (1 - Math.min(1, Math.max(0, rate / box.yMax)));
}

/**
 * Points and an SVG path for rates spread evenly left to right (oldest to newest). A single value sits at the right
 * edge, where the newest run always is.
 */
export function sparkline(values: readonly number[], box: SparkBox): { points: { x: number; y: number }[]; d: string } {
  const left = box.pad + (box.gutter ?? 0);
  const inner = box.width - box.pad - left;
  const step = values.length > 1 ? inner / (values.length - 1) : 0;
  const points = values.map((v, i) => ({
    x: round(values.length > 1 ? left + i * step : left + inner),
    y: round(yOf(v, box)),
  }));
  const d = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
  return { points, d };
}

const round = (x: number) => Math.round(x * 10) / 10;
