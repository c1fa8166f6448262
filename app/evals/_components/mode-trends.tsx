import { pct } from "../_lib/format";
import type { ModeSeries } from "../_lib/run-history";
import styles from "../charts.module.css";
import { SparklineChart } from "./sparkline-chart";

/** One card per mode: the newest run's rate, its trend across runs, and the range it moved in. */
export function ModeTrends({ series, selectedId }: { series: readonly ModeSeries[]; selectedId: string }) {
  return (
    <ul className={styles.trends} aria-label="Failure rate per mode across runs">
      {series.map((s) => {
        const last = s.points.at(-1);
        const rates = s.points.map((p) => p.rate);
        return (
          <li key={s.mode} className={styles.trend} data-mode={s.mode}>
            <h3 className={styles.trendMode}>
              <code>{s.mode === "any" ? "any failure" : s.mode}</code>
            </h3>
            {last && (
              <p className={last.status === "ok" ? styles.trendValue : styles.trendValueBad}>
                {pct(last.rate)} <span className={styles.trendLabel}>newest run</span>
              </p>
            )}
            <SparklineChart mode={s.mode} points={s.points} maxRate={s.maxRate} selectedId={selectedId} />
            <p className={styles.trendFoot}>
              <span>
                {s.points.length} run{s.points.length === 1 ? "" : "s"} · {pct(Math.min(...rates))}–
                {pct(Math.max(...rates))}
              </span>
              {s.maxRate !== null && (
                <span>
                  <span className={styles.limitKey} aria-hidden="true" />
                  threshold {pct(s.maxRate)}
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
