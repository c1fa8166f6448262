"use client";

import { type KeyboardEvent, useId, useState } from "react";
import { type PaletteOption, paletteOptions } from "../_lib/palette-options";
import styles from "./board.module.css";

/**
 * A keyboard palette over the failure modes: type to search, ↑/↓ to move, Enter to pick, Escape to close. Used to
 * assign a note (or create a mode named after the text), to pick the mode to merge into, and (with `initial` and no
 * list) to rename a mode.
 */
export function ModePalette({
  title,
  modes,
  allowCreate,
  rename = false,
  initial = "",
  onPick,
  onClose,
}: {
  title: string;
  modes: readonly { id: string; name: string }[];
  allowCreate: boolean;
  /** A plain text box for a new name: Enter submits the text as a "create" choice. */
  rename?: boolean;
  initial?: string;
  onPick: (choice: PaletteOption) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState(initial);
  const [active, setActive] = useState(0);
  const listId = useId();
  const options = rename ? [] : paletteOptions(query, modes, allowCreate);
  const current = options[Math.min(active, options.length - 1)];

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onClose();
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const n = options.length || 1;
      setActive((a) => (Math.min(a, n - 1) + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (rename) {
        if (query.trim()) onPick({ kind: "create", name: query.trim().slice(0, 60) });
      } else if (current) onPick(current);
    }
    e.stopPropagation();
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className={styles.palette} role="dialog" aria-label={title}>
      <input
        // biome-ignore lint/a11y/noAutofocus: the palette opens on a key press to take typing at once.
        autoFocus
        value={query}
        maxLength={60}
        aria-label={title}
        role="combobox"
        aria-expanded={!rename}
        aria-controls={rename ? undefined : listId}
        aria-activedescendant={current ? optionId(options.indexOf(current)) : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        onBlur={onClose}
      />
      {!rename && (
        <div id={listId} role="listbox" aria-label="Modes" className={styles.paletteList}>
          {options.map((o, i) => (
            <div
              key={o.kind === "mode" ? o.id : "create"}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={o === current}
              className={o === current ? styles.paletteActive : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(o);
              }}
            >
              {o.kind === "mode" ? o.name : `Create mode “${o.name}”`}
            </div>
          ))}
          {options.length === 0 && <p className={styles.muted}>No mode matches.</p>}
        </div>
      )}
      <p className={styles.keysHint}>
        {rename ? "Enter saves · Esc cancels" : "Type to search · ↑/↓ · Enter picks · Esc closes"}
      </p>
    </div>
  );
}
