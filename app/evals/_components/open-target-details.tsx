"use client";

import { useEffect } from "react";

/**
 * Opens the <details> the URL fragment points at (a disagreeing id links to its collapsed labelled transcript) and
 * moves focus to its summary, on load and whenever the fragment changes. Without JavaScript the link still scrolls.
 */
export function OpenTargetDetails() {
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!(target instanceof HTMLDetailsElement)) return;
      target.open = true;
      target.querySelector("summary")?.focus();
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, []);
  return null;
}
