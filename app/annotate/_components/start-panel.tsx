"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { QueueSpecInput, StratumKey } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import { ImportExport } from "./import-export";
import { QueueBuilder } from "./queue-builder";
import { SettingsBar } from "./settings-bar";
import styles from "./start.module.css";
import { useAnnotateSettings } from "./use-settings";

/** A recent queue with its progress. */
export interface QueueListItem {
  id: string;
  title: string;
  size: number;
  done: number;
  createdAt: string;
  author: string;
}

/** The start page's interactive part: settings, the queue builder, recent queues, jump by id, import/export. */
export function StartPanel({
  queues,
  savedFilters,
  strata,
  llmConfigured,
}: {
  queues: QueueListItem[];
  savedFilters: { name: string; spec: QueueSpecInput }[];
  strata: { key: StratumKey; label: string }[];
  llmConfigured: boolean;
}) {
  const router = useRouter();
  const [settings, update] = useAnnotateSettings();
  const [jump, setJump] = useState("");
  return (
    <div className={styles.grid}>
      <QueueBuilder settings={settings} savedFilters={savedFilters} strata={strata} />
      <div className={styles.sideStack}>
        <section className={`${ui.card} ${styles.card}`} aria-labelledby="you-title">
          <h2 id="you-title">You</h2>
          <SettingsBar settings={settings} update={update} />
          <p className={styles.hint}>
            Blind mode hides evaluator verdicts while you label ground truth; triage shows them.
            {llmConfigured ? " A model is configured for grouping suggestions." : " Grouping suggestions run offline."}
          </p>
        </section>

        <section className={`${ui.card} ${styles.card}`} aria-labelledby="continue-title">
          <h2 id="continue-title">Continue</h2>
          {queues.length === 0 ? (
            <p className={styles.hint}>No queues yet.</p>
          ) : (
            <ul className={styles.queueList}>
              {queues.map((q) => (
                <li key={q.id}>
                  <a href={`/annotate/q/${encodeURIComponent(q.id)}?at=${Math.min(q.done + 1, q.size)}`}>{q.title}</a>
                  <span className={styles.queueMeta}>
                    {q.done} of {q.size} labelled · {q.author}
                  </span>
                  <span className={styles.bar} aria-hidden="true">
                    <span style={{ width: `${(100 * q.done) / Math.max(q.size, 1)}%` }} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <form
            className={styles.jump}
            onSubmit={(e) => {
              e.preventDefault();
              if (jump.trim()) router.push(`/annotate/t/${encodeURIComponent(jump.trim())}`);
            }}
          >
            <label htmlFor="jump-id">Open a trace by id</label>
            <div>
              <input
                id="jump-id"
                type="search"
                placeholder="c_…"
                value={jump}
                onChange={(e) => setJump(e.target.value)}
              />
              <button type="submit" className="button button-secondary button-small">
                Open
              </button>
            </div>
          </form>
        </section>

        <ImportExport settings={settings} />
      </div>
    </div>
  );
}
