import { pct } from "../_lib/format";
import { type ChartBox, lineChartLayout } from "../_lib/line-chart";
import type { ModeSeries } from "../_lib/run-history";
import styles from "../charts.module.css";

const label = (mode: string) => (mode === "any" ? "any failure" : mode);

/** The rates-over-runs line chart drawn in one box: gridlines with % ticks, a line per mode, each point opens its run. */
export function RunChart({
  series,
  box,
  modes,
  selectedId,
  className,
}: {
  series: readonly ModeSeries[];
  box: ChartBox;
  modes: readonly { mode: string; stroke: string; dash: string }[];
  selectedId: string;
  className: string | undefined;
}) {
  const l = lineChartLayout(series, box);
  const labelEvery = Math.ceil(l.runs.length / (box.width > 500 ? 12 : 6));
  return (
    <svg
      className={`${styles.lineChart} ${className}`}
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={`Failure rate per mode over ${l.runs.length} runs; figures in the table below`}
    >
      {l.ticks.map((t) => (
        <g key={t.value}>
          <line className={styles.grid} x1={box.left} x2={box.width - box.right} y1={t.y} y2={t.y} />
          <text className={styles.tick} x={box.left - 6} y={t.y} textAnchor="end" dominantBaseline="middle">
            {pct(t.value, Number.isInteger(Math.round(t.value * 1000) / 10) ? 0 : 1)}
          </text>
        </g>
      ))}
      {l.runs.map((r, i) => (
        <g key={r.runId}>
          {r.runId === selectedId && (
            <line className={styles.selectedRun} x1={r.x} x2={r.x} y1={box.top} y2={box.height - box.bottom} />
          )}
          {(i % labelEvery === 0 || i === l.runs.length - 1) && (
            <text className={styles.tick} x={r.x} y={box.height - box.bottom + 16} textAnchor="middle">
              {`#${i + 1}`}
            </text>
          )}
        </g>
      ))}
      {l.lines.map((line, i) => (
        <g key={line.mode}>
          <path
            d={line.d}
            fill="none"
            stroke={modes[i]!.stroke}
            strokeWidth="2.5"
            strokeDasharray={modes[i]!.dash || undefined}
          />
          {line.points.map((p) => (
            <a key={p.runId} href={`/evals?run=${encodeURIComponent(p.runId)}`}>
              <circle cx={p.x} cy={p.y} r="4.5" fill={modes[i]!.stroke} stroke="#fff" strokeWidth="1.5">
                <title>{`${label(line.mode)}: ${pct(p.rate)} (${p.failures}/${p.n}) in run ${p.runId}`}</title>
              </circle>
            </a>
          ))}
        </g>
      ))}
    </svg>
  );
}
