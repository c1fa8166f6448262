import type { ParetoBar } from "../../../evals/annotation/index";
import styles from "./board.module.css";

const LABEL_W = 180;
const BAR_W = 330;
const ROW_H = 36;
const BAR_H = 22;
const TOP = 8;
const RIGHT = 96;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Failures per mode as a sorted horizontal bar chart with the cumulative share drawn over it (a pareto chart), in
 * plain SVG. Each bar links to the traces behind it.
 */
export function ParetoChart({ bars, hrefFor }: { bars: readonly ParetoBar[]; hrefFor: (modeId: string) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = LABEL_W + BAR_W + RIGHT;
  const height = TOP * 2 + bars.length * ROW_H + 22;
  const cumX = (c: number) => LABEL_W + c * BAR_W;
  const rowY = (i: number) => TOP + i * ROW_H + ROW_H / 2;
  const line = bars
    .map((b, i) => `${i === 0 ? "M" : "L"}${cumX(b.cumulative).toFixed(1)},${rowY(i).toFixed(1)}`)
    .join(" ");
  const total = bars.reduce((n, b) => n + b.count, 0);
  return (
    <figure className={styles.pareto}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="pareto-title pareto-desc"
        data-testid="pareto-chart"
      >
        <title id="pareto-title">Failures per mode</title>
        <desc id="pareto-desc">{bars.map((b) => `${b.name}: ${b.count}`).join("; ")}</desc>
        {[0, 0.5, 1].map((t) => (
          <line
            key={t}
            x1={LABEL_W + t * BAR_W}
            x2={LABEL_W + t * BAR_W}
            y1={TOP}
            y2={TOP + bars.length * ROW_H}
            className={styles.grid}
          />
        ))}
        {bars.map((b, i) => {
          const w = (b.count / max) * BAR_W;
          return (
            <a
              key={b.modeId}
              href={hrefFor(b.modeId)}
              className={styles.barLink}
              aria-label={`${b.name}: ${b.count} failures, show traces`}
            >
              <text x={LABEL_W - 10} y={rowY(i)} className={styles.barLabel} textAnchor="end" dominantBaseline="middle">
                {b.name.length > 24 ? `${b.name.slice(0, 23)}…` : b.name}
              </text>
              <rect
                x={LABEL_W}
                y={rowY(i) - BAR_H / 2}
                width={Math.max(w, b.count > 0 ? 3 : 0)}
                height={BAR_H}
                rx={5}
                className={styles.bar}
                data-count={b.count}
              />
              <text x={LABEL_W + Math.max(w, 0) + 8} y={rowY(i)} className={styles.barValue} dominantBaseline="middle">
                {b.count} <tspan className={styles.barRate}>· {pct(b.rate)}</tspan>
              </text>
            </a>
          );
        })}
        {total > 0 && (
          <g className={styles.cumulative}>
            <path d={line} />
            {bars.map((b, i) => (
              <circle key={b.modeId} cx={cumX(b.cumulative)} cy={rowY(i)} r={3.5} />
            ))}
          </g>
        )}
        <g className={styles.axis}>
          <text x={LABEL_W} y={height - 6}>
            0
          </text>
          <text x={LABEL_W + BAR_W / 2} y={height - 6} textAnchor="middle">
            {max / 2 === Math.round(max / 2) ? max / 2 : ""}
          </text>
          <text x={LABEL_W + BAR_W} y={height - 6} textAnchor="end">
            {max}
          </text>
        </g>
      </svg>
      <figcaption className={styles.caption}>
        <span className={styles.legendBar} /> failures per mode · % of labelled traces (a trace may carry several modes){" "}
        <span className={styles.legendLine} /> cumulative share of failures (0–100%)
      </figcaption>
    </figure>
  );
}
