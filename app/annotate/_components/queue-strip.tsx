"use client";

import type { Verdict } from "../../../evals/annotation/index";
import styles from "./workspace.module.css";

/** The queue as a strip of ticks coloured by verdict; each tick jumps to its trace. */
export function QueueStrip({
  ids,
  verdicts,
  position,
  onJump,
}: {
  ids: readonly string[];
  verdicts: Readonly<Record<string, Verdict | null>>;
  position: number;
  onJump: (index: number) => void;
}) {
  return (
    <ol className={styles.strip} aria-label="Queue">
      {ids.map((id, i) => {
        const v = verdicts[id] ?? null;
        return (
          <li key={id}>
            <button
              type="button"
              tabIndex={-1}
              className={`${styles.tick} ${v ? styles[`tick_${v}`] : ""} ${i === position ? styles.tickCurrent : ""}`}
              title={`${i + 1}. ${id}${v ? ` · ${v}` : ""}`}
              aria-label={`Trace ${i + 1}${v ? `, ${v}` : ", not labelled"}`}
              aria-current={i === position ? "true" : undefined}
              onClick={() => onJump(i)}
            />
          </li>
        );
      })}
    </ol>
  );
}
