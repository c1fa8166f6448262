"use client";

import type { ReviewTurn } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import styles from "./workspace.module.css";

/**
 * The whole conversation, one card per turn: machine state before → after, intent, the validator's decision and the
 * handbook fact ids used. Clicking "first failure here" marks the turn where it first went wrong. All text is
 * rendered as text.
 */
export function ConversationView({
  turns,
  firstFailTurn,
  onMarkTurn,
  onShowFact,
}: {
  turns: readonly ReviewTurn[];
  firstFailTurn: number | null;
  onMarkTurn: (turn: number | null) => void;
  onShowFact: (id: string) => void;
}) {
  if (turns.length === 0) return <p className={ui.muted}>This conversation has no turns.</p>;
  return (
    <ol className={styles.turns} aria-label="Conversation">
      {turns.map((t) => {
        const marked = firstFailTurn === t.index;
        return (
          <li key={t.index} className={`${styles.turn} ${marked ? styles.turnFailed : ""}`} data-turn={t.index}>
            <div className={styles.turnHead}>
              <span className={styles.turnNo}>Turn {t.index}</span>
              <span className={styles.states}>
                <span className={styles.state}>{t.stateBefore}</span>
                <span aria-hidden="true">→</span>
                <span className="visually-hidden">to</span>
                <span className={styles.state}>{t.stateAfter}</span>
              </span>
              {t.intent && (
                <span className={styles.meta}>
                  intent <strong>{t.intent}</strong>
                  {t.topics.length > 0 && <> · {t.topics.join(", ")}</>}
                </span>
              )}
              <button
                type="button"
                className={`${styles.markTurn} ${marked ? styles.markTurnOn : ""}`}
                aria-pressed={marked}
                onClick={() => onMarkTurn(marked ? null : t.index)}
              >
                {marked ? "⚑ First failure" : "Mark first failure"}
              </button>
            </div>
            <div className={styles.bubbleRow}>
              <span className={styles.who}>Customer</span>
              <p className={`${styles.bubble} ${styles.bubbleUser}`}>{t.user}</p>
            </div>
            <div className={styles.bubbleRow}>
              <span className={styles.who}>Assistant</span>
              <p className={`${styles.bubble} ${styles.bubbleBot}`}>{t.assistant}</p>
            </div>
            <div className={styles.turnFoot}>
              {t.decision.length > 0 && (
                <span className={styles.decision}>
                  <span className={styles.footLabel}>Decision</span>
                  {t.decision.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: decision parts have no id and never reorder
                    <span key={i} className={styles.part}>
                      {p.kind}
                      {p.detail && <span className={styles.partDetail}> · {p.detail}</span>}
                    </span>
                  ))}
                </span>
              )}
              {t.factIds.length > 0 && (
                <span className={styles.facts}>
                  <span className={styles.footLabel}>Facts</span>
                  {t.factIds.map((id) => (
                    <button
                      key={id}
                      type="button"
                      className={styles.factChip}
                      onClick={() => onShowFact(id)}
                      title="Show in the handbook"
                    >
                      {id}
                    </button>
                  ))}
                </span>
              )}
              {t.error && <span className={styles.turnError}>error: {t.error}</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
