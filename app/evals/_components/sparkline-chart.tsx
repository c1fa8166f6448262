import { pct } from "../_lib/format";
import type { RunPoint } from "../_lib/run-history";
import { niceCeiling, sparkline, yOf } from "../_lib/sparkline";
import styles from "../charts.module.css";

const W = 240;
const H = 72;
const PAD = 8;
const GUTTER = 26;

/**
 * A mode's failure rate across runs as a small line chart (plain SVG): threshold dashed, the run shown above ringed;
 * the values are in its accessible name.
 */
export function SparklineChart({
  mode,
  points,
  maxRate,
  selectedId,
}: {
  mode: string;
  points: RunPoint[];
  maxRate: number | null;
  selectedId: string;
}) {
  const rates = points.map((p) => p.rate);
  const box = { width: W, height: H, pad: PAD, gutter: GUTTER, yMax: niceCeiling([...rates, maxRate ?? 0]) };
  const x0 = PAD + GUTTER;
  const { points: xy, d } = sparkline(rates, box);
  const label = `${mode} failure rate over ${points.length} run${points.length === 1 ? "" : "s"}, oldest first: ${rates
    .map((r) => pct(r))
    .join(", ")}${maxRate === null ? "" : `; threshold ${pct(maxRate)}`}`;
  return (
    <svg className={styles.spark} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="sparkline">
      <line className={styles.sparkAxis} x1={x0} x2={W - PAD} y1={yOf(0, box)} y2={yOf(0, box)} />
      <line className={styles.sparkAxis} x1={x0} x2={x0} y1={yOf(box.yMax, box)} y2={yOf(0, box)} />
      {maxRate !== null && maxRate <= box.yMax && (
        <line className={styles.sparkLimit} x1={x0} x2={W - PAD} y1={yOf(maxRate, box)} y2={yOf(maxRate, box)} />
      )}
      <text className={styles.sparkTick} x={x0 - 4} y={yOf(box.yMax, box)} textAnchor="end" dominantBaseline="middle">
        {pct(box.yMax, 0)}
      </text>
      <text className={styles.sparkTick} x={x0 - 4} y={yOf(0, box)} textAnchor="end" dominantBaseline="middle">
        0%
      </text>
      {xy.length > 1 && <path className={styles.sparkLine} d={d} />}
      {xy.map((p, i) =>
        points[i]!.runId === selectedId ? (
          <circle key="selected" cx={p.x} cy={p.y} r={7} className={styles.sparkSelected} />
        ) : null,
      )}
      {xy.map((p, i) => (
        <circle
          key={points[i]!.runId}
          cx={p.x}
          cy={p.y}
          r={i === xy.length - 1 ? 4 : 2.75}
          className={points[i]!.status === "ok" ? styles.sparkDot : styles.sparkDotBad}
        />
      ))}
    </svg>
  );
}
