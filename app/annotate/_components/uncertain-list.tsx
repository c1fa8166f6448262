import Link from "next/link";
import type { UncertainQueueItem } from "../_lib/uncertain-queue";
import ui from "../../_components/ui.module.css";
import styles from "./uncertain.module.css";

/** The traces waiting in "Needs review: uncertain", each with the checks that abstained (evaluator, turn, reason). */
export function UncertainList({ items }: { items: UncertainQueueItem[] }) {
  if (items.length === 0)
    return (
      <p className={`${ui.card} ${styles.empty}`} data-testid="uncertain-empty">
        Nothing to review: no evaluator is uncertain about an unlabelled trace.
      </p>
    );
  return (
    <ol className={styles.list} data-testid="uncertain-queue">
      {items.map((item) => (
        <li key={item.conversationId} className={`${ui.card} ${styles.item}`} data-trace={item.conversationId}>
          <p className={styles.head}>
            <code className={styles.id}>{item.conversationId}</code>
            <span className={ui.muted}>
              run <code>{item.runId}</code>
            </span>
            <span className={styles.actions}>
              <Link
                className="button button-primary button-small"
                href={`/annotate/t/${encodeURIComponent(item.conversationId)}`}
              >
                Label<span className="visually-hidden"> {item.conversationId}</span>
              </Link>
              <Link
                className="button button-secondary button-small"
                href={`/traces/${encodeURIComponent(item.conversationId)}#verdicts`}
              >
                Trace<span className="visually-hidden"> {item.conversationId}</span>
              </Link>
            </span>
          </p>
          <ul className={styles.abstentions}>
            {item.abstentions.map((a) => (
              <li key={a.evaluator}>
                <span className={styles.badge}>uncertain</span> <code>{a.evaluator}</code>{" "}
                <span className={styles.mode}>{a.mode}</span>
                {a.turn !== null && <span className={ui.muted}> · turn {a.turn}</span>}
                {a.reason && <span className={styles.reason}>{a.reason}</span>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
