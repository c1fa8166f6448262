"use client";

import styles from "./workspace.module.css";

/** The open-coding keyboard map, in the order a reviewer uses it. */
export const KEYS: readonly [string, string][] = [
  ["1", "Pass"],
  ["2", "Fail"],
  ["D", "Defer (come back later)"],
  ["U", "Undo the last change"],
  ["T / Shift+T", "First failing turn: next / previous"],
  ["/", "Write the note"],
  ["Esc", "Leave the note box"],
  ["Ctrl/⌘ + Enter", "Save and go to the next trace"],
  ["← / →", "Previous / next trace"],
  ["?", "Show or hide this help"],
];

/** The keyboard map as a compact definition list. */
export function KeyboardHelp({ onClose }: { onClose?: () => void }) {
  return (
    <section className={styles.keyHelp} aria-labelledby="key-help-title">
      <div className={styles.keyHelpHead}>
        <h2 id="key-help-title">Keyboard</h2>
        {onClose && (
          <button type="button" className="button button-ghost button-small" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      <dl>
        {KEYS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
