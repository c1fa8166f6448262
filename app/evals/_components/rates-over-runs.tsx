import Link from "next/link";
import { pct } from "../_lib/format";
import { lineChartLayout } from "../_lib/line-chart";
import type { ModeSeries } from "../_lib/run-history";
import { runFailuresHref } from "../_lib/trace-links";
import styles from "../charts.module.css";

// Drawn at most 880 px wide (1 unit = 1 px on a laptop); on a phone it scrolls from 600 px rather than shrink its text.
const BOX = { width: 880, height: 260, left: 52, right: 24, top: 12, bottom: 34 };
// Okabe–Ito colours (told apart with colour-blindness), each with its own dash so print and greyscale still work.
const INKS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"];
const DASHES = ["", "6 4", "2 3", "8 3 2 3", "", "6 4"];
const ink = (mode: string, i: number) =>
  mode === "any" ? { stroke: "#1d2621", dash: "" } : { stroke: INKS[i % 6]!, dash: DASHES[i % 6]! };
const label = (mode: string) => (mode === "any" ? "any failure" : mode);

/**
 * Failure rate per mode across runs as one line chart (oldest run left), once there are two runs or more; each point
 * opens its run, and the figures below it open the conversations behind them.
 */
export function RatesOverRuns({ series, selectedId }: { series: readonly ModeSeries[]; selectedId: string }) {
  const l = lineChartLayout(series, BOX);
  if (l.runs.length < 2)
    return (
      <p className={styles.oneRun} data-testid="one-run">
        One run so far: the rates over runs draw as a line chart from the second run on.
      </p>
    );
  const labelEvery = Math.ceil(l.runs.length / 12);
  const modes = series.map((s, i) => ({ mode: s.mode, ...ink(s.mode, i) }));
  return (
    <figure className={styles.lineCard} data-testid="rates-over-runs">
      <figcaption className={styles.lineTitle}>Failure rate per mode, run by run (oldest left)</figcaption>
      <ul className={styles.lineLegend} aria-hidden="true">
        {modes.map((m) => (
          <li key={m.mode}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={m.stroke}
                strokeWidth="2.5"
                strokeDasharray={m.dash || undefined}
              />
            </svg>
            {label(m.mode)}
          </li>
        ))}
      </ul>
      <div className={styles.lineScroll}>
        <svg
          className={styles.lineChart}
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          role="img"
          aria-label={`Failure rate per mode over ${l.runs.length} runs; figures in the table below`}
        >
          {l.ticks.map((t) => (
            <g key={t.value}>
              <line className={styles.grid} x1={BOX.left} x2={BOX.width - BOX.right} y1={t.y} y2={t.y} />
              <text className={styles.tick} x={BOX.left - 6} y={t.y} textAnchor="end" dominantBaseline="middle">
                {pct(t.value, Number.isInteger(Math.round(t.value * 1000) / 10) ? 0 : 1)}
              </text>
            </g>
          ))}
          {l.runs.map((r, i) => (
            <g key={r.runId}>
              {r.runId === selectedId && (
                <line className={styles.selectedRun} x1={r.x} x2={r.x} y1={BOX.top} y2={BOX.height - BOX.bottom} />
              )}
              {(i % labelEvery === 0 || i === l.runs.length - 1) && (
                <text className={styles.tick} x={r.x} y={BOX.height - BOX.bottom + 16} textAnchor="middle">
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
      </div>
      <details className={styles.lineTable}>
        <summary>Figures by run ({l.runs.length})</summary>
        <div className={styles.lineScroll}>
          <table>
            <thead>
              <tr>
                <th scope="col">Run</th>
                {series.map((s) => (
                  <th key={s.mode} scope="col">
                    {label(s.mode)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...l.runs].reverse().map((r) => (
                <tr key={r.runId}>
                  <th scope="row">
                    <Link href={`/evals?run=${encodeURIComponent(r.runId)}`}>
                      #{l.runs.indexOf(r) + 1} <code>{r.runId}</code>
                    </Link>
                  </th>
                  {series.map((s) => {
                    const p = s.points.find((x) => x.runId === r.runId);
                    return (
                      <td key={s.mode}>
                        {p ? (
                          <Link href={runFailuresHref(r.runId, s.mode)}>
                            {pct(p.rate)} ({p.failures}/{p.n})
                          </Link>
                        ) : (
                          "—"
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
