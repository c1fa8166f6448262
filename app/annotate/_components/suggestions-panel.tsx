"use client";

import { useState } from "react";
import type { BoardNote, FailureModeDef, GroupSuggestion, TaxonomyChangeInput } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import { sendWrite } from "./annotate-api";
import styles from "./board.module.css";
import type { AnnotateSettings } from "./use-settings";

/**
 * "Suggest groups": draft groupings of the unassigned notes (LLM when configured, else text clustering), shown apart
 * from the reviewer's own work and accepted or dismissed one by one.
 */
export function SuggestionsPanel({
  settings,
  notes,
  modes,
  llmModel,
  onChange,
}: {
  settings: AnnotateSettings;
  notes: readonly BoardNote[];
  modes: readonly FailureModeDef[];
  llmModel: string | null;
  onChange: (c: TaxonomyChangeInput) => Promise<boolean>;
}) {
  const [items, setItems] = useState<GroupSuggestion[] | null>(null);
  const [engine, setEngine] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canWrite = settings.annotator.trim() !== "";
  const noteOf = new Map(notes.map((n) => [n.traceId, n.note]));
  const modeName = (id: string) => modes.find((m) => m.id === id)?.name ?? id;

  const ask = async () => {
    setBusy(true);
    setWarning(null);
    const r = await sendWrite<{ engine: string; model?: string; warning?: string; suggestions: GroupSuggestion[] }>(
      "POST",
      "/api/annotate/suggestions",
      { engine: "auto" },
      settings,
    );
    setBusy(false);
    if (!r.ok) return setWarning(r.message);
    setItems(r.data.suggestions);
    setEngine(r.data.engine === "llm" ? `LLM (${r.data.model})` : "offline text clustering");
    if (r.data.warning)
      setWarning(`The model's answer was unusable, so these come from text clustering: ${r.data.warning}`);
  };

  const accept = async (s: GroupSuggestion) => {
    const ok = await onChange(
      s.kind === "assign"
        ? { kind: "assign", modeId: s.modeId, traceIds: s.traceIds }
        : { kind: "create_mode", mode: { name: s.name, definition: s.definition, factIds: [] }, traceIds: s.traceIds },
    );
    if (ok) setItems((list) => list?.filter((x) => x.id !== s.id) ?? null);
  };

  return (
    <section className={styles.suggestions} aria-labelledby="suggest-title">
      <div className={styles.suggestHead}>
        <h2 id="suggest-title">Suggested groups</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void ask()}
          disabled={busy || !canWrite}
        >
          {busy ? "Thinking…" : `Suggest groups (${llmModel ? `LLM: ${llmModel}` : "offline"})`}
        </button>
      </div>
      {warning && (
        <p className={styles.warning} role="alert">
          {warning}
        </p>
      )}
      {items === null ? (
        <p className={ui.muted}>Drafts for the notes without a mode. Nothing changes until you accept one.</p>
      ) : items.length === 0 ? (
        <p className={ui.muted}>
          No suggestions{engine ? ` from ${engine}` : ""}: every note has a mode, or the notes share too little.
        </p>
      ) : (
        <ul className={styles.suggestionList}>
          {items.map((s) => (
            <li key={s.id} className={styles.suggestion}>
              <span className={styles.suggestTag}>Suggestion · {engine}</span>
              <p className={styles.suggestWhat}>
                {s.kind === "assign" ? (
                  <>
                    Put {s.traceIds.length} note{s.traceIds.length === 1 ? "" : "s"} into{" "}
                    <strong>{modeName(s.modeId)}</strong>
                  </>
                ) : (
                  <>
                    New mode <strong>{s.name}</strong> for {s.traceIds.length} note{s.traceIds.length === 1 ? "" : "s"}
                    {s.definition && <span className={ui.muted}> — {s.definition}</span>}
                  </>
                )}
              </p>
              <ul className={styles.suggestNotes}>
                {s.traceIds.slice(0, 4).map((id) => (
                  <li key={id}>“{noteOf.get(id) ?? id}”</li>
                ))}
                {s.traceIds.length > 4 && <li className={ui.muted}>and {s.traceIds.length - 4} more</li>}
              </ul>
              <p className={ui.muted}>{s.reason}</p>
              <div className={styles.suggestActions}>
                <button
                  type="button"
                  className="button button-primary button-small"
                  onClick={() => void accept(s)}
                  disabled={!canWrite}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => setItems((l) => l?.filter((x) => x.id !== s.id) ?? null)}
                >
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
