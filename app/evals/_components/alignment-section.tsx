import type { AlignmentRow, Pair } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import { disagreementKind, pct } from "../_lib/format";
import type { AlignmentData } from "../_server/load-evals-page";
import align from "../alignment.module.css";
import styles from "../evals.module.css";
import { ConfusionMatrix } from "./confusion-matrix";
import { LabelledItems } from "./labelled-items";
import { TraceRef } from "./trace-ref";

/** Anchor of a labelled item in the list below the table. */
export const labelledAnchor = (id: string) => `labelled-${id.replace(/[^\w-]/g, "_")}`;

function Chips({ pairs, storedIds }: { pairs: readonly Pair[]; storedIds: ReadonlySet<string> }) {
  return (
    <ul className={align.chips}>
      {pairs.map((d) => (
        <li key={d.id} className={align.chip}>
          <TraceRef id={d.id} storedIds={storedIds} fallbackHref={`#${labelledAnchor(d.id)}`} />
          <span className={align.chipKind}>{disagreementKind(d)}</span>
        </li>
      ))}
    </ul>
  );
}

function Rate({ hit, of }: { hit: number; of: number }) {
  if (of === 0) return <span className={ui.muted}>—</span>;
  return (
    <>
      <strong>{pct(hit / of)}</strong>
      <span className={styles.sub}>
        {hit}/{of}
      </span>
    </>
  );
}

/**
 * One evaluator's row. A single check only covers part of its mode, so the human failures it passes are mostly other
 * checks' business: for check rows they are folded away and its false alarms lead.
 */
function Row({ r, storedIds }: { r: AlignmentRow; storedIds: ReadonlySet<string> }) {
  const c = r.confusion;
  const alarms = c.disagreements.filter((d) => d.human && !d.predicted);
  const missed = c.disagreements.filter((d) => !d.human && d.predicted);
  const fold = r.kind === "code" && missed.length > 0;
  return (
    <tr data-evaluator={r.evaluator}>
      <th scope="row" data-label="Evaluator">
        <code>{r.evaluator}</code>
      </th>
      <td data-label="Mode">
        <code>{r.mode}</code>
      </td>
      <td data-label="TPR" className={styles.num}>
        <Rate hit={c.tp} of={c.tp + c.fn} />
      </td>
      <td data-label="TNR" className={styles.num}>
        <Rate hit={c.tn} of={c.tn + c.fp} />
      </td>
      <td data-label="Confusion">
        <ConfusionMatrix c={c} evaluator={r.evaluator} partial={r.kind === "code"} />
        {r.uncertain > 0 && (
          <span className={styles.sub} data-uncertain={r.uncertain}>
            {r.uncertain} uncertain (abstained): outside TPR/TNR
          </span>
        )}
      </td>
      <td data-label="Disagreeing">
        {c.disagreements.length === 0 ? (
          <span className={ui.muted}>none</span>
        ) : fold ? (
          <div>
            {alarms.length > 0 && <Chips pairs={alarms} storedIds={storedIds} />}
            <details className={align.missed}>
              <summary className={align.missedSummary}>
                {missed.length} human failure{missed.length === 1 ? "" : "s"} it passes
              </summary>
              <Chips pairs={missed} storedIds={storedIds} />
            </details>
          </div>
        ) : (
          <Chips pairs={c.disagreements} storedIds={storedIds} />
        )}
      </td>
    </tr>
  );
}

/** Each evaluator against the human labels of the dev split: TPR/TNR, confusion matrix and the items they disagree on. */
export function AlignmentSection({
  alignment,
  storedIds,
  judges,
}: {
  alignment: AlignmentData;
  storedIds: ReadonlySet<string>;
  judges: boolean;
}) {
  if (!alignment.ok)
    return (
      <section className={ui.section} id="alignment" aria-labelledby="alignment-title">
        <h2 id="alignment-title">Evaluator alignment with human labels</h2>
        <p className={styles.error} role="alert">
          The labelled set could not be read: {alignment.error}
        </p>
      </section>
    );
  const r = alignment.report;
  const groups = [
    { title: "Each mode, all its checks together", rows: r.rows.filter((x) => x.kind === "mode") },
    { title: "Each check against its mode", rows: r.rows.filter((x) => x.kind === "code") },
    { title: "LLM judges", rows: r.rows.filter((x) => x.kind === "llm") },
  ].filter((g) => g.rows.length > 0);
  return (
    <section className={ui.section} id="alignment" aria-labelledby="alignment-title" data-testid="alignment">
      <h2 id="alignment-title">Evaluator alignment with human labels</h2>
      <p className={ui.explain}>
        The code checks against the hand-labelled set and the traces labelled in the annotation screens, on the{" "}
        <strong>{r.split}</strong> split: {r.n} transcripts (train/dev/test = {r.sizes.train}/{r.sizes.dev}/
        {r.sizes.test}, seed {r.seed}). Pass is the positive class: TPR is the share of human passes the evaluator also
        passes, TNR the share of human failures it catches. A single check covers only part of its mode, so its TNR
        against the whole mode is low by design. The test split is kept for <code>pnpm eval align --split test</code>,
        which counts its uses.
        {judges && " LLM judges are measured by that command when a judge model is configured."}
      </p>
      <div className={styles.tableCard}>
        <h3 className={styles.tableTitle}>
          Agreement per evaluator <span className={styles.count}>({r.split} split)</span>
        </h3>
        <div className={styles.scroll}>
          <table className={`${styles.table} ${styles.stack} ${align.alignTable}`}>
            <caption className="visually-hidden">
              Agreement of each evaluator with the human labels on the {r.split} split
            </caption>
            <thead>
              <tr>
                <th scope="col">Evaluator</th>
                <th scope="col">Mode</th>
                <th scope="col" className={styles.num}>
                  TPR
                </th>
                <th scope="col" className={styles.num}>
                  TNR
                </th>
                <th scope="col">Confusion</th>
                <th scope="col">Disagreeing</th>
              </tr>
            </thead>
            {groups.map((g) => (
              <tbody key={g.title}>
                <tr className={styles.groupRow}>
                  <th scope="colgroup" colSpan={6}>
                    {g.title}
                  </th>
                </tr>
                {g.rows.map((row) => (
                  <Row key={row.evaluator} r={row} storedIds={storedIds} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      </div>
      <LabelledItems items={alignment.disagreeing.filter((i) => !storedIds.has(i.id))} anchor={labelledAnchor} />
    </section>
  );
}
