"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { tc } from "../_lib/tc";

/**
 * The filter form behind a "Filters" toggle on a phone (open everywhere else, where the toggle is hidden): a phone
 * opens the list on its rows, not on a screen of filters. Stays open when a filter is active.
 */
export function FilterDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && active === 0 && window.matchMedia("(max-width: 640px)").matches) ref.current.open = false;
  }, [active]);
  return (
    <details ref={ref} open className={tc("filter-disclosure")}>
      <summary className={tc("filter-summary")}>Filters{active > 0 ? ` (${active} active)` : ""}</summary>
      {children}
    </details>
  );
}
