import type { Pivot } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import styles from "./board.module.css";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Failure mode × attribute value: counts and rates (over traces with that value), each cell linking to its traces. */
export function PivotTable({
  pivot,
  attributeLabel,
  hrefFor,
}: {
  pivot: Pivot;
  attributeLabel: string;
  hrefFor: (modeId: string, value: string) => string;
}) {
  if (pivot.columns.length === 0) return <p className={ui.muted}>No labelled traces yet.</p>;
  const row = (key: string, name: string, cells: Pivot["uncoded"], extraClass = "") => (
    <tr key={key} className={extraClass}>
      <th scope="row">{name}</th>
      {cells.map((c, i) => {
        const col = pivot.columns[i]!;
        return (
          <td
            key={col.value}
            style={
              c.count > 0 ? { backgroundColor: `rgb(166 27 27 / ${(0.08 + c.rate * 0.55).toFixed(2)})` } : undefined
            }
          >
            {c.count > 0 ? (
              <a
                href={hrefFor(key, col.value)}
                aria-label={`${name}, ${attributeLabel} ${col.value}: ${c.count} of ${col.traces}`}
              >
                <strong>{c.count}</strong> <span className={styles.rate}>{pct(c.rate)}</span>
              </a>
            ) : (
              <span className={styles.zero}>—</span>
            )}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className={styles.pivotScroll}>
      <table className={styles.pivot}>
        <caption className="visually-hidden">
          Failures per mode by {attributeLabel}: count and rate over labelled traces with that value
        </caption>
        <thead>
          <tr>
            <th scope="col">Mode \ {attributeLabel}</th>
            {pivot.columns.map((c) => (
              <th key={c.value} scope="col">
                <span className={styles.colValue}>{c.value}</span>
                <span className={styles.colTotal}>
                  {c.failed} failed / {c.traces}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pivot.rows.map((r) => row(r.modeId, r.name, r.cells))}
          {row("__none", "no mode yet", pivot.uncoded, styles.uncodedRow)}
        </tbody>
      </table>
    </div>
  );
}
