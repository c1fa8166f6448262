"use client";

import type { EvaluatorVerdict } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import styles from "./workspace.module.css";

/** Triage mode: the evaluators' verdicts on this trace, or why there are none. */
export function VerdictList({ verdicts, available }: { verdicts: EvaluatorVerdict[] | null; available: boolean }) {
  return (
    <section className={ui.card} aria-labelledby="verdicts-title">
      <h2 id="verdicts-title" className={styles.cardTitle}>
        Evaluator verdicts <span className={styles.badgeTriage}>triage</span>
      </h2>
      {!available || !verdicts ? (
        <p className={ui.muted}>
          No verdicts yet — run <code>pnpm eval</code> to score traces.
        </p>
      ) : verdicts.length === 0 ? (
        <p className={ui.muted}>No evaluator has scored this trace.</p>
      ) : (
        <ul className={styles.verdicts}>
          {verdicts.map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: verdict rows have no id of their own here
            <li key={i} className={styles[`verdict_${v.verdict}`]}>
              <strong>{v.verdict}</strong> <code>{v.evaluator}</code>
              {v.mode && <span className={styles.modeChip}>{v.mode}</span>}
              {v.turn !== null && <span className={ui.muted}> · turn {v.turn}</span>}
              {v.reason && <p>{v.reason}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
