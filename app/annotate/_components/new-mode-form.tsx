"use client";

import { useState } from "react";
import type { TaxonomyChangeInput } from "../../../evals/annotation/index";
import styles from "./board.module.css";

/** Creates a failure mode (name, one-line definition, handbook fact ids), optionally with the selected notes. */
export function NewModeForm({
  selected,
  canWrite,
  onCreate,
  onCreated,
}: {
  selected: string[];
  canWrite: boolean;
  onCreate: (c: TaxonomyChangeInput) => Promise<boolean>;
  onCreated: () => void;
}) {
  const [name, setName] = useState("");
  const [definition, setDefinition] = useState("");
  const [facts, setFacts] = useState("");
  return (
    <form
      className={`${styles.modeCard} ${styles.newMode}`}
      aria-labelledby="new-mode-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const factIds = facts.split(/[\s,;]+/).filter(Boolean);
        if (await onCreate({ kind: "create_mode", mode: { name, definition, factIds }, traceIds: selected })) {
          setName("");
          setDefinition("");
          setFacts("");
          onCreated();
        }
      }}
    >
      <h3 id="new-mode-title">New failure mode</h3>
      <label>
        Name
        <input
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          placeholder="e.g. wrong_date_maths"
          required
        />
      </label>
      <label>
        One-line definition
        <textarea rows={2} value={definition} onChange={(e) => setDefinition(e.target.value)} maxLength={400} />
      </label>
      <label>
        Handbook fact ids
        <input
          type="text"
          value={facts}
          onChange={(e) => setFacts(e.target.value)}
          placeholder="hours.sat, booking.lead"
        />
      </label>
      <button type="submit" className="button button-primary button-small" disabled={!canWrite || !name.trim()}>
        Create{selected.length > 0 ? ` with ${selected.length} selected note${selected.length === 1 ? "" : "s"}` : ""}
      </button>
    </form>
  );
}
