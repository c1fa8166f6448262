import Link from "next/link";
import { pct } from "../_lib/format";
import { lineChartLayout } from "../_lib/line-chart";
import { RunChart } from "./run-chart";
import type { ModeSeries } from "../_lib/run-history";
import { runFailuresHref } from "../_lib/trace-links";
import styles from "../charts.module.css";

// Two drawings of the same chart, so its text stays readable: a laptop one (1 unit ≈ 1 px) and a phone one.
const WIDE = { width: 880, height: 260, left: 52, right: 24, top: 12, bottom: 34 };
const NARROW = { width: 360, height: 230, left: 44, right: 14, top: 10, bottom: 30 };
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
  const l = lineChartLayout(series, WIDE);
  if (l.runs.length < 2)
    return (
      <p className={styles.oneRun} data-testid="one-run">
        One run so far: the rates over runs draw as a line chart from the second run on.
      </p>
    );
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
      <RunChart series={series} box={WIDE} modes={modes} selectedId={selectedId} className={styles.lineWide} />
      <RunChart series={series} box={NARROW} modes={modes} selectedId={selectedId} className={styles.lineNarrow} />
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
