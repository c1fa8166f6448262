"use client";

import { useEffect } from "react";
import ui from "./_components/ui.module.css";

/** Error boundary for pages: a plain apology and a retry, never the raw error (which is logged for us). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className={`${ui.page} ${ui.narrow} not-found`} role="alert">
      <h1>Something went wrong</h1>
      <p>Sorry, this page failed to load. Please try again in a moment.</p>
      <p className="actions">
        <button type="button" className="button button-primary" onClick={() => retry()}>
          Try again
        </button>
      </p>
    </div>
  );
}
