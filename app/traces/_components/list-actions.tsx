"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useState } from "react";
import { z } from "zod";
import { ApiError } from "../../_lib/chat-dto";

const STORAGE_KEY = "jbs.trace-views";
const SavedViews = z.array(z.object({ name: z.string().min(1).max(80), query: z.string().max(8000) })).max(50);
type SavedViews = z.infer<typeof SavedViews>;

function readViews(): SavedViews {
  const parsed = SavedViews.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]"));
  return parsed.success ? parsed.data : [];
}

/**
 * The list's actions: named views saved in this browser (each is the list's URL) and "Review in a queue", which
 * freezes the filtered view into an annotation queue and opens it. `query`: the view's query string.
 */
export function ListActions({ query, canQueue }: { query: string; canQueue: boolean }) {
  const router = useRouter();
  const [views, setViews] = useState<SavedViews>([]);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();

  useEffect(() => setViews(readViews()), []);

  function store(next: SavedViews) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setViews(next);
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const n = name.trim();
    if (!n) return;
    store([...views.filter((v) => v.name !== n), { name: n, query }].slice(-50));
    setName("");
  }

  async function queue() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/traces/queue", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body: unknown = await res.json().catch(() => null);
      const created = z.object({ queue: z.object({ id: z.string() }) }).safeParse(body);
      if (res.ok && created.success) return router.push(`/annotate/q/${encodeURIComponent(created.data.queue.id)}`);
      const failure = ApiError.safeParse(body);
      setError(failure.success ? failure.data.error.message : `Could not create the queue (HTTP ${res.status}).`);
    } catch {
      setError("Could not reach the server. Please try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="list-actions">
      {views.length > 0 && (
        <nav aria-label="Saved views" className="saved-views">
          <span className="muted">Views:</span>
          {views.map((v) => (
            <span key={v.name} className="saved-view">
              <a href={v.query ? `/traces?${v.query}` : "/traces"}>{v.name}</a>
              <button
                type="button"
                className="link-button"
                aria-label={`Delete view ${v.name}`}
                onClick={() => store(views.filter((x) => x.name !== v.name))}
              >
                ×
              </button>
            </span>
          ))}
        </nav>
      )}
      <form onSubmit={save} className="save-view">
        <label htmlFor={nameId} className="visually-hidden">
          View name
        </label>
        <input
          id={nameId}
          value={name}
          maxLength={80}
          placeholder="Name this view"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button-secondary button-small" disabled={!name.trim()}>
          Save view
        </button>
      </form>
      {canQueue && (
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={queue}>
          {busy ? "Creating queue…" : "Review in a queue"}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
