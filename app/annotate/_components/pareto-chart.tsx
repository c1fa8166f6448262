import type { ParetoBar } from "../../../evals/annotation/index";
import { countTicks, wrapLabel } from "../_lib/chart-scale";
import styles from "./board.module.css";

const LABEL_W = 230;
const LABEL_CHARS = 24;
const LINE_H = 15;
const BAR_W = 260;
const VALUE_W = 88;
const GAP = 20;
const CUM_W = 150;
const BAR_H = 20;
const TOP = 30;
const BOTTOM = 28;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Failures per mode as a sorted horizontal bar chart (count axis below) and, in its own panel to the right, the
 * cumulative share of failures with a 0–100 % axis: a pareto chart in plain SVG that never draws one over the
 * other. Labels wrap whole; each row links to the traces behind it.
 */
export function ParetoChart({ bars, hrefFor }: { bars: readonly ParetoBar[]; hrefFor: (modeId: string) => string }) {
  const ticks = countTicks(Math.max(0, ...bars.map((b) => b.count)));
  const scale = ticks.at(-1) ?? 1;
  const lines = bars.map((b) => wrapLabel(b.name, LABEL_CHARS));
  const rowH = lines.map((l) => Math.max(34, l.length * LINE_H + 12));
  const rowTop = rowH.map((_, i) => TOP + rowH.slice(0, i).reduce((a, b) => a + b, 0));
  const rowY = (i: number) => (rowTop[i] ?? TOP) + (rowH[i] ?? 34) / 2;
  const plotBottom = TOP + rowH.reduce((a, b) => a + b, 0);
  const cum0 = LABEL_W + BAR_W + VALUE_W + GAP;
  const cumX = (c: number) => cum0 + c * CUM_W;
  const width = cum0 + CUM_W + 16;
  const height = plotBottom + BOTTOM;
  const total = bars.reduce((n, b) => n + b.count, 0);
  const line = bars
    .map((b, i) => `${i === 0 ? "M" : "L"}${cumX(b.cumulative).toFixed(1)},${rowY(i).toFixed(1)}`)
    .join(" ");
  return (
    <figure className={styles.pareto}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="pareto-title pareto-desc"
        data-testid="pareto-chart"
      >
        <title id="pareto-title">Failures per mode</title>
        <desc id="pareto-desc">
          {bars.map((b) => `${b.name}: ${b.count} (cumulative ${pct(b.cumulative)})`).join("; ")}
        </desc>
        <g className={styles.axis} data-testid="count-axis">
          {ticks.map((t) => {
            const x = LABEL_W + (t / scale) * BAR_W;
            return (
              <g key={t}>
                <line x1={x} x2={x} y1={TOP} y2={plotBottom} className={styles.grid} />
                <text x={x} y={plotBottom + 16} textAnchor="middle">
                  {t}
                </text>
              </g>
            );
          })}
          <text x={LABEL_W + BAR_W / 2} y={TOP - 12} textAnchor="middle" className={styles.axisTitle}>
            failures
          </text>
        </g>
        <g className={styles.axis} data-testid="percent-axis">
          {[0, 0.5, 1].map((t) => (
            <g key={t}>
              <line x1={cumX(t)} x2={cumX(t)} y1={TOP} y2={plotBottom} className={styles.grid} />
              <text x={cumX(t)} y={plotBottom + 16} textAnchor="middle">
                {pct(t)}
              </text>
            </g>
          ))}
          <text x={cum0 + CUM_W / 2} y={TOP - 12} textAnchor="middle" className={styles.axisTitle}>
            cumulative share
          </text>
        </g>
        {bars.map((b, i) => {
          const w = (b.count / scale) * BAR_W;
          const label = lines[i] ?? [b.name];
          const firstLine = rowY(i) - ((label.length - 1) * LINE_H) / 2;
          return (
            <a
              key={b.modeId}
              href={hrefFor(b.modeId)}
              className={styles.barLink}
              aria-label={`${b.name}: ${b.count} failures, show traces`}
            >
              <text
                x={LABEL_W - 10}
                y={firstLine}
                className={styles.barLabel}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {label.map((l, li) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label never reorder
                  <tspan key={`${li}-${l}`} x={LABEL_W - 10} y={firstLine + li * LINE_H}>
                    {l}
                  </tspan>
                ))}
              </text>
              <rect
                x={LABEL_W}
                y={rowY(i) - BAR_H / 2}
                width={Math.max(w, b.count > 0 ? 3 : 0)}
                height={BAR_H}
                rx={4}
                className={styles.bar}
                data-count={b.count}
              />
              <text x={LABEL_W + w + 8} y={rowY(i)} className={styles.barValue} dominantBaseline="middle">
                {b.count} <tspan className={styles.barRate}>· {pct(b.rate)}</tspan>
              </text>
            </a>
          );
        })}
        {total > 0 && (
          <g className={styles.cumulative}>
            <path d={line} />
            {bars.map((b, i) => (
              <circle key={b.modeId} cx={cumX(b.cumulative)} cy={rowY(i)} r={3.5}>
                <title>{`${b.name}: ${pct(b.cumulative)} of failures so far`}</title>
              </circle>
            ))}
          </g>
        )}
      </svg>
      <figcaption className={styles.caption}>
        <span className={styles.legendBar} /> failures per mode · % of labelled traces (a trace may carry several modes){" "}
        <span className={styles.legendLine} /> cumulative share of failures (right, 0–100%)
      </figcaption>
    </figure>
  );
}
