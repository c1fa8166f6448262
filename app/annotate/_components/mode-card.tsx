"use client";

import { useState } from "react";
import type { BoardNote, FailureModeDef, TaxonomyChangeInput } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import styles from "./board.module.css";

const splitIds = (s: string) =>
  s
    .split(/[\s,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** One failure mode on the board: its definition and notes, a drop target, and rename/edit, merge, split, delete. */
export function ModeCard({
  mode,
  number,
  notes,
  otherModes,
  canWrite,
  onChange,
  onDropNote,
}: {
  mode: FailureModeDef;
  number: number;
  notes: BoardNote[];
  otherModes: FailureModeDef[];
  canWrite: boolean;
  onChange: (c: TaxonomyChangeInput) => Promise<boolean>;
  onDropNote: (traceId: string) => void;
}) {
  const [panel, setPanel] = useState<"none" | "edit" | "merge" | "split">("none");
  const [over, setOver] = useState(false);
  const [name, setName] = useState(mode.name);
  const [definition, setDefinition] = useState(mode.definition);
  const [facts, setFacts] = useState(mode.factIds.join(", "));
  const [into, setInto] = useState(otherModes[0]?.id ?? "");
  const [picked, setPicked] = useState<string[]>([]);
  const [splitName, setSplitName] = useState("");
  const close = () => setPanel("none");

  const submit = async (c: TaxonomyChangeInput) => {
    if (await onChange(c)) close();
  };

  return (
    <section
      className={`${styles.modeCard} ${over ? styles.dropOver : ""}`}
      aria-labelledby={`mode-${mode.id}`}
      data-mode={mode.id}
      onDragOver={(e) => {
        if (!canWrite) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer.getData("text/plain");
        if (id) onDropNote(id);
      }}
    >
      <header className={styles.modeHead}>
        {number <= 9 && <kbd title={`Press ${number} on a note to assign it here`}>{number}</kbd>}
        <h3 id={`mode-${mode.id}`}>{mode.name}</h3>
        <span className={styles.modeCount} data-testid={`mode-count-${mode.id}`}>
          {notes.length}
        </span>
      </header>
      <p className={styles.definition}>{mode.definition || <span className={ui.muted}>No definition yet.</span>}</p>
      {mode.factIds.length > 0 && (
        <p className={styles.modeFacts}>
          {mode.factIds.map((f) => (
            <code key={f}>{f}</code>
          ))}
        </p>
      )}
      {notes.length === 0 ? (
        <p className={styles.dropHint}>Drop notes here, or press {number <= 9 ? number : "its number"} on a note.</p>
      ) : (
        <ul className={styles.modeNotes}>
          {notes.map((n) => (
            <li key={n.traceId}>
              <span className={styles.modeNoteText}>{n.note || <em>no note</em>}</span>
              {canWrite && (
                <button
                  type="button"
                  className={styles.unassign}
                  aria-label={`Remove ${n.traceId} from ${mode.name}`}
                  onClick={() => void onChange({ kind: "unassign", modeId: mode.id, traceIds: [n.traceId] })}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <div className={styles.modeActions}>
          {(["edit", "merge", "split"] as const).map((p) => (
            <button
              key={p}
              type="button"
              className={styles.linkButton}
              aria-expanded={panel === p}
              onClick={() => {
                if (p === "edit") {
                  setName(mode.name);
                  setDefinition(mode.definition);
                  setFacts(mode.factIds.join(", "));
                }
                if (p === "merge") setInto(otherModes[0]?.id ?? "");
                setPanel(panel === p ? "none" : p);
              }}
            >
              {p === "edit" ? "Rename / edit" : p === "merge" ? "Merge…" : "Split…"}
            </button>
          ))}
          <button
            type="button"
            className={`${styles.linkButton} ${styles.danger}`}
            onClick={() => {
              if (window.confirm(`Delete the mode “${mode.name}” and its ${notes.length} assignment(s)?`))
                void onChange({ kind: "delete_mode", modeId: mode.id });
            }}
          >
            Delete
          </button>
        </div>
      )}
      {panel === "edit" && (
        <form
          className={styles.modeForm}
          onSubmit={(e) => {
            e.preventDefault();
            void submit({ kind: "update_mode", modeId: mode.id, name, definition, factIds: splitIds(facts) });
          }}
        >
          <label>
            Name <input type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
          </label>
          <label>
            Definition{" "}
            <textarea rows={2} value={definition} onChange={(e) => setDefinition(e.target.value)} maxLength={400} />
          </label>
          <label>
            Handbook fact ids{" "}
            <input
              type="text"
              value={facts}
              onChange={(e) => setFacts(e.target.value)}
              placeholder="hours.sat, policy.walk_in"
            />
          </label>
          <button type="submit" className="button button-primary button-small">
            Save
          </button>
        </form>
      )}
      {panel === "merge" && (
        <form
          className={styles.modeForm}
          onSubmit={(e) => {
            e.preventDefault();
            if (into) void submit({ kind: "merge", modeIds: [mode.id], into });
          }}
        >
          <label>
            Merge “{mode.name}” into
            <select value={into} onChange={(e) => setInto(e.target.value)}>
              {otherModes.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button-primary button-small" disabled={!into}>
            Merge
          </button>
        </form>
      )}
      {panel === "split" && (
        <form
          className={styles.modeForm}
          onSubmit={(e) => {
            e.preventDefault();
            void submit({
              kind: "split",
              modeId: mode.id,
              mode: { name: splitName, definition: "", factIds: [] },
              traceIds: picked,
            });
          }}
        >
          <fieldset>
            <legend>Move these notes to a new mode</legend>
            {notes.map((n) => (
              <label key={n.traceId} className={styles.pick}>
                <input
                  type="checkbox"
                  checked={picked.includes(n.traceId)}
                  onChange={(e) =>
                    setPicked((p) => (e.target.checked ? [...p, n.traceId] : p.filter((x) => x !== n.traceId)))
                  }
                />
                {n.note || n.traceId}
              </label>
            ))}
          </fieldset>
          <label>
            New mode name{" "}
            <input
              type="text"
              value={splitName}
              onChange={(e) => setSplitName(e.target.value)}
              maxLength={60}
              required
            />
          </label>
          <button
            type="submit"
            className="button button-primary button-small"
            disabled={picked.length === 0 || !splitName.trim()}
          >
            Split
          </button>
        </form>
      )}
    </section>
  );
}
