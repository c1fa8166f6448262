"use client";

import { tc } from "../../_lib/tc";
/**
 * Jump-to-turn links and expand all / collapse all for every disclosure on the trace page (spans, JSON, events).
 * `failing`: turns an evaluator or the human marked, shown in red.
 */
export function TurnNav({ turns, failing }: { turns: number[]; failing: number[] }) {
  const setAll = (open: boolean) => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>("[data-timeline] details")) d.open = open;
  };
  return (
    <nav className={tc("turn-nav")} aria-label="Turns">
      <span className={tc("muted")}>Jump to turn</span>
      <ol>
        {turns.map((n) => (
          <li key={n}>
            <a href={`#turn-${n}`} className={tc(failing.includes(n) ? "is-failing" : undefined)}>
              {n}
            </a>
          </li>
        ))}
      </ol>
      <button type="button" className={tc("button button-secondary button-small")} onClick={() => setAll(true)}>
        Expand all
      </button>
      <button type="button" className={tc("button button-secondary button-small")} onClick={() => setAll(false)}>
        Collapse all
      </button>
    </nav>
  );
}
