import type { EvalSummary } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import styles from "../evals.module.css";
import { TraceRef } from "./trace-ref";

/** The run's worst conversations (most failing checks first), each with its failures and a link to its trace. */
export function WorstConversations({
  worst,
  storedIds,
}: {
  worst: EvalSummary["worst"];
  storedIds: ReadonlySet<string>;
}) {
  if (worst.length === 0) return null;
  return (
    <details className={styles.worst}>
      <summary>
        Worst conversations <span className={styles.count}>({worst.length})</span>
      </summary>
      <ol className={styles.worstList}>
        {worst.map((w) => (
          <li key={w.conversationId}>
            <p className={styles.worstHead}>
              <TraceRef id={w.conversationId} storedIds={storedIds} />
              <span className={ui.muted}>
                scenario <code>{w.scenarioId}</code> · {w.failures.length} failing check
                {w.failures.length === 1 ? "" : "s"}
              </span>
            </p>
            <ul className={styles.failureList}>
              {w.failures.map((f) => (
                <li key={`${f.evaluator}-${f.turn}`}>
                  <span className={styles.modeChip}>{f.mode}</span> <code>{f.evaluator}</code>{" "}
                  <span className={ui.muted}>turn {f.turn}</span>
                  <span className={styles.reason}>{f.reason}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
