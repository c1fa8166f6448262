"use client";

import type { RefObject } from "react";
import type { LabelEvent, LabelState } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import type { SaveStatus } from "./use-label-editor";
import styles from "./workspace.module.css";

const time = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit", second: "2-digit" });
};

const turnNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** The reviewer's controls: pass/fail, defer, undo, the note, the first failing turn and cited facts, save state. */
export function LabelPanel({
  draft,
  status,
  turnCount,
  modes,
  history,
  noteRef,
  disabled,
  onVerdict,
  onUndo,
  onNote,
  onTurn,
  onUncite,
  onRetry,
}: {
  draft: LabelState;
  status: SaveStatus;
  turnCount: number;
  modes: readonly string[];
  history: readonly LabelEvent[];
  noteRef: RefObject<HTMLTextAreaElement | null>;
  disabled: boolean;
  onVerdict: (v: "pass" | "fail" | "defer") => void;
  onUndo: () => void;
  onNote: (note: string) => void;
  onTurn: (turn: number | null) => void;
  onUncite: (id: string) => void;
  onRetry: () => void;
}) {
  const v = draft.verdict;
  return (
    <section className={`${ui.card} ${styles.labelPanel}`} aria-labelledby="label-title">
      <h2 id="label-title" className={styles.cardTitle}>
        Your label
        <span className={`${styles.verdictBadge} ${v ? styles[`badge_${v}`] : ""}`} data-testid="current-verdict">
          {v ?? "not labelled"}
        </span>
      </h2>
      <div className={styles.verdictButtons}>
        <button
          type="button"
          className={`${styles.bigButton} ${styles.passButton} ${v === "pass" ? styles.on : ""}`}
          aria-pressed={v === "pass"}
          disabled={disabled}
          onClick={() => onVerdict("pass")}
        >
          <span aria-hidden="true">✓</span> Pass <kbd>1</kbd>
        </button>
        <button
          type="button"
          className={`${styles.bigButton} ${styles.failButton} ${v === "fail" ? styles.on : ""}`}
          aria-pressed={v === "fail"}
          disabled={disabled}
          onClick={() => onVerdict("fail")}
        >
          <span aria-hidden="true">✗</span> Fail <kbd>2</kbd>
        </button>
      </div>
      <div className={styles.smallButtons}>
        <button
          type="button"
          className={`${styles.smallButton} ${v === "defer" ? styles.deferOn : ""}`}
          aria-pressed={v === "defer"}
          disabled={disabled}
          onClick={() => onVerdict("defer")}
        >
          Defer <kbd>D</kbd>
        </button>
        <button type="button" className={styles.smallButton} disabled={disabled} onClick={onUndo}>
          Undo <kbd>U</kbd>
        </button>
      </div>

      <label htmlFor="note" className={styles.fieldLabel}>
        Note — what went wrong, against the handbook <kbd>/</kbd>
      </label>
      <textarea
        id="note"
        ref={noteRef}
        className={styles.note}
        rows={4}
        maxLength={4000}
        value={draft.note}
        disabled={disabled}
        placeholder="e.g. said open Sundays; handbook says closed (hours.sun)"
        onChange={(e) => onNote(e.target.value)}
      />

      <div className={styles.fieldRow}>
        <label htmlFor="first-fail" className={styles.fieldLabel}>
          First failing turn <kbd>T</kbd>
        </label>
        <select
          id="first-fail"
          value={draft.firstFailTurn ?? ""}
          disabled={disabled}
          onChange={(e) => onTurn(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">—</option>
          {turnNumbers(turnCount).map((n) => (
            <option key={n} value={n}>
              Turn {n}
            </option>
          ))}
        </select>
      </div>

      <div className={styles.cited}>
        <span className={styles.fieldLabel}>Cited facts</span>
        {draft.factIds.length === 0 ? (
          <span className={ui.muted}>none — cite from the handbook below</span>
        ) : (
          <ul className={styles.chips}>
            {draft.factIds.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className={styles.factChipRemovable}
                  onClick={() => onUncite(id)}
                  aria-label={`Remove ${id}`}
                >
                  {id} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      {modes.length > 0 && (
        <p className={styles.modesLine}>
          <span className={styles.fieldLabel}>Failure modes</span>
          {modes.map((m) => (
            <span key={m} className={styles.modeChip}>
              {m}
            </span>
          ))}
        </p>
      )}

      <p
        className={`${styles.saveStatus} ${status.kind === "error" ? styles.saveError : ""}`}
        role="status"
        aria-live="polite"
        data-testid="save-status"
      >
        {status.kind === "saving" && "Saving…"}
        {status.kind === "saved" && `Saved ${time(status.at)} · ${status.by}`}
        {status.kind === "idle" && "Nothing saved yet"}
        {status.kind === "error" && (
          <>
            Not saved: {status.message}{" "}
            <button type="button" className="button button-ghost button-small" onClick={onRetry}>
              Retry
            </button>
          </>
        )}
      </p>

      {history.length > 0 && (
        <details className={styles.history}>
          <summary>History ({history.length} events)</summary>
          <ol>
            {[...history].reverse().map((e) => (
              <li key={e.seq}>
                <span className={ui.muted}>{time(e.at)}</span> {e.annotator} · {e.action}
                {e.action === "undo" ? " →" : ""} <strong>{e.verdict ?? "unlabelled"}</strong>
                {e.firstFailTurn !== null && ` · turn ${e.firstFailTurn}`}
                {e.note && <span className={styles.historyNote}> · “{e.note}”</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
