"use client";

import { useRef, useState } from "react";
import type { BoardNote, TaxonomyVersion } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import styles from "./board.module.css";
import { ModeCard } from "./mode-card";
import { NewModeForm } from "./new-mode-form";
import { SettingsBar } from "./settings-bar";
import { SuggestionsPanel } from "./suggestions-panel";
import { useAnnotateSettings } from "./use-settings";
import { useTaxonomy } from "./use-taxonomy";

/**
 * The axial-coding board: every failed trace's note, the failure modes, and assignments by drag and drop or keys
 * (focus a note: 1–9 toggles mode n, ↑/↓ moves, X selects for a new mode). Modes are created, renamed, merged, split
 * and deleted here; each change is a new taxonomy version.
 */
export function AxialBoard({
  notes,
  taxonomy,
  llmModel,
}: {
  notes: BoardNote[];
  taxonomy: TaxonomyVersion;
  llmModel: string | null;
}) {
  const [settings, update] = useAnnotateSettings();
  const { version, change, error, clearError } = useTaxonomy(taxonomy, settings);
  const [filter, setFilter] = useState<"all" | "unassigned">("all");
  const [selected, setSelected] = useState<string[]>([]);
  const listRef = useRef<HTMLOListElement>(null);
  const canWrite = settings.annotator.trim() !== "";
  const { modes, assignments } = version.taxonomy;
  const modesOf = (traceId: string) => assignments[traceId] ?? [];
  const shown = notes.filter((n) => filter === "all" || modesOf(n.traceId).length === 0);
  const unassigned = notes.filter((n) => modesOf(n.traceId).length === 0).length;

  const toggle = (traceId: string, modeId: string) =>
    void change({ kind: modesOf(traceId).includes(modeId) ? "unassign" : "assign", modeId, traceIds: [traceId] });

  const onNoteKey = (e: React.KeyboardEvent<HTMLElement>, note: BoardNote, index: number) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const focusAt = (i: number) => listRef.current?.querySelectorAll<HTMLElement>("[data-note]")[i]?.focus();
    if (/^[1-9]$/.test(e.key)) {
      const mode = modes[Number(e.key) - 1];
      if (mode && canWrite) {
        e.preventDefault();
        toggle(note.traceId, mode.id);
      }
    } else if (e.key === "ArrowDown" || e.key === "j") {
      e.preventDefault();
      focusAt(index + 1);
    } else if (e.key === "ArrowUp" || e.key === "k") {
      e.preventDefault();
      focusAt(index - 1);
    } else if (e.key === "x" || e.key === "X") {
      e.preventDefault();
      setSelected((s) => (s.includes(note.traceId) ? s.filter((x) => x !== note.traceId) : [...s, note.traceId]));
    }
  };

  const last = version.change
    ? `v${version.version} · ${version.change.kind.replace("_", " ")} by ${version.author}`
    : "v0 · seed taxonomy";

  return (
    <div className={styles.board}>
      <div className={styles.boardBar}>
        <p className={styles.version} data-testid="taxonomy-version">
          Taxonomy {last}
        </p>
        <SettingsBar settings={settings} update={update} />
      </div>
      {!canWrite && (
        <p className={styles.warning} role="alert">
          Your role (viewer) can read but not change the taxonomy.
        </p>
      )}
      {error && (
        <p className={styles.warning} role="alert">
          {error}{" "}
          <button type="button" className="button button-ghost button-small" onClick={clearError}>
            Dismiss
          </button>
        </p>
      )}
      <div className={styles.columns}>
        <section className={styles.notesColumn} aria-labelledby="notes-title">
          <div className={styles.notesHead}>
            <h2 id="notes-title">
              Notes of failed traces <span className={styles.modeCount}>{notes.length}</span>
            </h2>
            <fieldset className={styles.filter}>
              <legend className="visually-hidden">Show</legend>
              {(["all", "unassigned"] as const).map((f) => (
                <label key={f} className={filter === f ? styles.filterOn : undefined}>
                  <input type="radio" name="note-filter" checked={filter === f} onChange={() => setFilter(f)} />
                  {f === "all" ? "All" : `No mode (${unassigned})`}
                </label>
              ))}
            </fieldset>
          </div>
          <p className={styles.keysHint}>
            Focus a note: <kbd>1</kbd>–<kbd>9</kbd> toggle a mode · <kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>X</kbd> select
            · or drag onto a mode
          </p>
          {shown.length === 0 ? (
            <p className={ui.muted}>
              {notes.length === 0
                ? "No failed traces yet: label some on the open-coding screen."
                : "Every note has a mode."}
            </p>
          ) : (
            <ol className={styles.notes} ref={listRef}>
              {shown.map((n, i) => {
                const ids = modesOf(n.traceId);
                const isSelected = selected.includes(n.traceId);
                return (
                  <li key={n.traceId}>
                    <article
                      // biome-ignore lint/a11y/noNoninteractiveTabindex: a note card is a keyboard target (digits assign it)
                      tabIndex={0}
                      data-note={n.traceId}
                      draggable={canWrite}
                      aria-label={`Note on ${n.traceId}: ${n.note || "no note"}. Modes: ${ids.length ? ids.join(", ") : "none"}`}
                      className={`${styles.noteCard} ${ids.length === 0 ? styles.noteUnassigned : ""} ${isSelected ? styles.noteSelected : ""}`}
                      onDragStart={(e) => {
                        e.dataTransfer.setData("text/plain", n.traceId);
                        e.dataTransfer.effectAllowed = "copy";
                      }}
                      onKeyDown={(e) => onNoteKey(e, n, i)}
                    >
                      <p className={styles.noteText}>{n.note || <em className={ui.muted}>no note written</em>}</p>
                      <p className={styles.noteMeta}>
                        <a href={`/annotate/t/${encodeURIComponent(n.traceId)}`} tabIndex={-1}>
                          {n.traceId}
                        </a>
                        {n.firstFailTurn !== null && <> · turn {n.firstFailTurn}</>} · {n.annotator}
                      </p>
                      {n.preview && <p className={styles.notePreview}>Customer: {n.preview}</p>}
                      <p className={styles.noteModes}>
                        {modes.map((m, mi) =>
                          ids.includes(m.id) ? (
                            <span key={m.id} className={styles.assigned}>
                              {mi < 9 && <span className={styles.assignedKey}>{mi + 1}</span>}
                              {m.name}
                            </span>
                          ) : null,
                        )}
                        {isSelected && <span className={styles.selectedTag}>selected</span>}
                      </p>
                    </article>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <div className={styles.modesColumn}>
          <div className={styles.modeGrid}>
            {modes.map((m, i) => (
              <ModeCard
                key={m.id}
                mode={m}
                number={i + 1}
                notes={notes.filter((n) => modesOf(n.traceId).includes(m.id))}
                otherModes={modes.filter((o) => o.id !== m.id)}
                canWrite={canWrite}
                onChange={change}
                onDropNote={(traceId) => {
                  if (!modesOf(traceId).includes(m.id))
                    void change({ kind: "assign", modeId: m.id, traceIds: [traceId] });
                }}
              />
            ))}
            <NewModeForm selected={selected} canWrite={canWrite} onCreate={change} onCreated={() => setSelected([])} />
          </div>
          <SuggestionsPanel settings={settings} notes={notes} modes={modes} llmModel={llmModel} onChange={change} />
        </div>
      </div>
    </div>
  );
}
