"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { z } from "zod";
import { ApiError } from "../../_lib/chat-dto";
import { tc } from "../_lib/tc";

/** A saved view as the list shows it. */
export type ListView = { id: string; name: string; query: string };

const Created = z.object({ queue: z.object({ id: z.string() }) });

/** The API's error message from a failed response body, or a generic one. */
const failureText = (body: unknown, status: number, what: string) => {
  const failure = ApiError.safeParse(body);
  return failure.success ? failure.data.error.message : `Could not ${what} (HTTP ${status}).`;
};

/**
 * The list's actions: the member's named views (kept on the server, each a list URL), "Save view", and "Review in a
 * queue" for the current view or any saved one, which freezes its traces into an annotation queue and opens it.
 */
export function ListActions({
  query,
  views,
  canQueue,
  canLabel,
}: {
  query: string;
  views: ListView[];
  canQueue: boolean;
  canLabel: boolean;
}) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();

  async function call(what: string, url: string, init: RequestInit): Promise<unknown> {
    setBusy(what);
    setError(null);
    try {
      const res = await fetch(url, { ...init, headers: { "Content-Type": "application/json" } });
      const body: unknown = await res.json().catch(() => null);
      if (res.ok) return body;
      setError(failureText(body, res.status, what));
    } catch {
      setError("Could not reach the server. Please try again.");
    } finally {
      setBusy(null);
    }
    return null;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const n = name.trim();
    if (!n) return;
    const body = await call("save the view", "/api/traces/views", {
      method: "POST",
      body: JSON.stringify({ name: n, query }),
    });
    if (body) {
      setName("");
      router.refresh();
    }
  }

  async function remove(view: ListView) {
    if (await call("delete the view", `/api/traces/views/${encodeURIComponent(view.id)}`, { method: "DELETE" }))
      router.refresh();
  }

  async function queue(q: string, title?: string) {
    const body = await call("create the queue", "/api/traces/queue", {
      method: "POST",
      body: JSON.stringify({ query: q, ...(title ? { title } : {}) }),
    });
    const created = Created.safeParse(body);
    if (created.success) router.push(`/annotate/q/${encodeURIComponent(created.data.queue.id)}`);
  }

  return (
    <div className={tc("list-actions")}>
      {views.length > 0 && (
        <nav aria-label="Saved views" className={tc("saved-views")}>
          <span className={tc("muted")}>Views:</span>
          {views.map((v) => (
            <span key={v.id} className={tc("saved-view")}>
              <a
                href={v.query ? `/traces?${v.query}` : "/traces"}
                aria-current={v.query === query ? "page" : undefined}
              >
                {v.name}
              </a>
              {canLabel && v.query && (
                <button
                  type="button"
                  className={tc("link-button")}
                  disabled={busy !== null}
                  aria-label={`Review view ${v.name} in a queue`}
                  title="Review in a queue"
                  onClick={() => queue(v.query, v.name)}
                >
                  queue
                </button>
              )}
              <button
                type="button"
                className={tc("link-button")}
                disabled={busy !== null}
                aria-label={`Delete view ${v.name}`}
                onClick={() => remove(v)}
              >
                ×
              </button>
            </span>
          ))}
        </nav>
      )}
      <form onSubmit={save} className={tc("save-view")}>
        <label htmlFor={nameId} className={tc("visually-hidden")}>
          View name
        </label>
        <input
          id={nameId}
          value={name}
          maxLength={80}
          placeholder="Name this view"
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className={tc("button button-secondary button-small")}
          disabled={!name.trim() || busy !== null}
        >
          Save view
        </button>
      </form>
      {canQueue && (
        <button
          type="button"
          className={tc("button button-primary button-small")}
          disabled={busy !== null}
          onClick={() => queue(query)}
        >
          {busy === "create the queue" ? "Creating queue…" : "Review in a queue"}
        </button>
      )}
      {error && (
        <p className={tc("form-error")} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
