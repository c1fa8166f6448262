"use client";

import { useRef, useState } from "react";
import type { BoardNote, TaxonomyVersion } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import styles from "./board.module.css";
import type { PaletteOption } from "../_lib/palette-options";
import { ModeCard } from "./mode-card";
import { ModePalette } from "./mode-palette";
import { NewModeForm } from "./new-mode-form";
import { SettingsBar } from "./settings-bar";
import { SuggestionsPanel } from "./suggestions-panel";
import { useAnnotateSettings } from "./use-settings";
import { useTaxonomy } from "./use-taxonomy";

/**
 * The axial-coding board: every failed trace's note, the failure modes, and assignments by drag and drop or keys
 * (focus a note: 1–9 toggles mode n, M opens a palette to assign or create a mode by typing, ↑/↓ moves, X selects for
 * a new mode; focus a mode: R renames, G merges it into another). Modes are created, renamed, merged, split and
 * deleted here; each change is a new taxonomy version.
 */
export function AxialBoard({
  notes,
  taxonomy,
  llmModel,
  hiddenModes = [],
}: {
  notes: BoardNote[];
  taxonomy: TaxonomyVersion;
  llmModel: string | null;
  /** Modes whose cards are hidden (unused seed modes, when the page is asked to hide them); keys keep their numbers. */
  hiddenModes?: string[];
}) {
  const [settings, update] = useAnnotateSettings();
  const { version, change, error, clearError } = useTaxonomy(taxonomy, settings);
  const [filter, setFilter] = useState<"all" | "unassigned">("all");
  const [selected, setSelected] = useState<string[]>([]);
  const listRef = useRef<HTMLOListElement>(null);
  const [palette, setPalette] = useState<
    { kind: "assign"; traceId: string } | { kind: "merge" | "rename"; modeId: string } | null
  >(null);
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
    } else if ((e.key === "m" || e.key === "M") && canWrite) {
      e.preventDefault();
      setPalette({ kind: "assign", traceId: note.traceId });
    } else if (e.key === "x" || e.key === "X") {
      e.preventDefault();
      setSelected((s) => (s.includes(note.traceId) ? s.filter((x) => x !== note.traceId) : [...s, note.traceId]));
    }
  };

  const closePalette = () => {
    const target = palette;
    setPalette(null);
    const selector =
      target?.kind === "assign" ? `[data-note="${target.traceId}"]` : `[data-mode-keys="${target?.modeId}"]`;
    if (target) requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
  };

  const pick = (choice: PaletteOption) => {
    if (!palette) return;
    if (palette.kind === "assign") {
      const traceIds = [palette.traceId];
      if (choice.kind === "create")
        void change({ kind: "create_mode", mode: { name: choice.name, definition: "", factIds: [] }, traceIds });
      else if (!modesOf(palette.traceId).includes(choice.id))
        void change({ kind: "assign", modeId: choice.id, traceIds });
    } else if (palette.kind === "rename" && choice.kind === "create")
      void change({ kind: "update_mode", modeId: palette.modeId, name: choice.name });
    else if (palette.kind === "merge" && choice.kind === "mode")
      void change({ kind: "merge", modeIds: [palette.modeId], into: choice.id });
    closePalette();
  };

  const onModeKey = (e: React.KeyboardEvent<HTMLElement>, modeId: string) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey || !canWrite) return;
    if (e.key === "r" || e.key === "R" || e.key === "g" || e.key === "G") {
      e.preventDefault();
      setPalette({ kind: e.key.toLowerCase() === "r" ? "rename" : "merge", modeId });
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
            Focus a note: <kbd>M</kbd> assign or create a mode by typing · <kbd>1</kbd>–<kbd>9</kbd> toggle a mode ·{" "}
            <kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>X</kbd> select · or drag onto a mode. Focus a mode: <kbd>R</kbd>{" "}
            rename · <kbd>G</kbd> merge
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
                    {palette?.kind === "assign" && palette.traceId === n.traceId && (
                      <ModePalette
                        title={`Assign a mode to ${n.traceId}`}
                        modes={modes}
                        allowCreate
                        onPick={pick}
                        onClose={closePalette}
                      />
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <div className={styles.modesColumn}>
          <div className={styles.modeGrid}>
            {modes.map((m, i) =>
              hiddenModes.includes(m.id) ? null : (
                // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a form group around a card of buttons
                <div
                  key={m.id}
                  className={styles.modeKeys}
                  role="group"
                  data-mode-keys={m.id}
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: a mode is a keyboard target (R renames, G merges)
                  tabIndex={0}
                  aria-label={`Mode ${i + 1}: ${m.name}. R renames, G merges into another mode.`}
                  onKeyDown={(e) => onModeKey(e, m.id)}
                >
                  <ModeCard
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
                  {palette && palette.kind !== "assign" && palette.modeId === m.id && (
                    <ModePalette
                      title={palette.kind === "rename" ? `Rename “${m.name}”` : `Merge “${m.name}” into`}
                      modes={modes.filter((o) => o.id !== m.id)}
                      allowCreate={false}
                      rename={palette.kind === "rename"}
                      initial={palette.kind === "rename" ? m.name : ""}
                      onPick={pick}
                      onClose={closePalette}
                    />
                  )}
                </div>
              ),
            )}
            <NewModeForm selected={selected} canWrite={canWrite} onCreate={change} onCreated={() => setSelected([])} />
          </div>
          <SuggestionsPanel settings={settings} notes={notes} modes={modes} llmModel={llmModel} onChange={change} />
        </div>
      </div>
    </div>
  );
}
