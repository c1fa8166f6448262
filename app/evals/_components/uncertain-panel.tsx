import Link from "next/link";
import { type EvalSummary, UNCERTAIN_RULE } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import { pct } from "../_lib/format";
import styles from "../evals.module.css";
import { TraceRef } from "./trace-ref";

/** The run's uncertain conversations: how many, the gate on their share, a few with evaluator, turn and reason. */
export function UncertainPanel({ summary, storedIds }: { summary: EvalSummary; storedIds: ReadonlySet<string> }) {
  const u = summary.uncertain;
  if (!u) return null;
  return (
    <div className={styles.tableCard} data-testid="run-uncertain">
      <h3 className={styles.tableTitle}>Uncertain: needs human review</h3>
      <div className={styles.cardBody}>
        <p>
          <strong>{u.conversations}</strong> of {summary.conversations} conversations ({pct(u.rate)}) left undecided
          {u.abstentions > u.conversations ? ` (${u.abstentions} abstentions in all)` : ""} ·{" "}
          {u.maxRate === null ? (
            <span className={ui.muted}>not gated</span>
          ) : (
            <span className={u.status === "ok" ? styles.badgePass : styles.badgeFail}>
              limit {pct(u.maxRate)}: {u.status === "ok" ? "within" : "over"}
            </span>
          )}
          {u.conversations > 0 && (
            <>
              {" "}
              · <Link href="/annotate/uncertain">review queue</Link>
            </>
          )}
        </p>
        <p className={ui.muted}>{UNCERTAIN_RULE}</p>
        {u.examples.length > 0 && (
          <ul className={styles.failureList}>
            {u.examples.flatMap((e) =>
              e.uncertain.map((x) => (
                <li key={`${e.conversationId}-${x.evaluator}-${x.turn}`}>
                  <TraceRef id={e.conversationId} storedIds={storedIds} />{" "}
                  <span className={styles.modeChip}>{x.mode}</span> <code>{x.evaluator}</code>{" "}
                  <span className={ui.muted}>turn {x.turn}</span>
                  <span className={styles.reason}>{x.reason}</span>
                </li>
              )),
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
