"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { QueueSpecInput, StratumKey } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import { sendWrite } from "./annotate-api";
import styles from "./start.module.css";
import type { AnnotateSettings } from "./use-settings";

type Mode = "all" | "unlabelled" | "sample" | "saved";

const SOURCES = ["", "ui", "cli", "synthetic", "eval"] as const;
const STATES = [
  "idle",
  "browsing",
  "booking.collecting",
  "booking.confirming",
  "booked",
  "managing_booking",
  "handoff",
];

/**
 * The queue builder: all, unlabelled, a seeded stratified sample or a saved filter, narrowed by the trace list's
 * filters; starts the queue (frozen on the server) or saves the recipe under a name.
 */
export function QueueBuilder({
  settings,
  savedFilters,
  strata,
}: {
  settings: AnnotateSettings;
  savedFilters: { name: string; spec: QueueSpecInput }[];
  strata: { key: StratumKey; label: string }[];
}) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("unlabelled");
  const [source, setSource] = useState("");
  const [finalState, setFinalState] = useState("");
  const [text, setText] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [size, setSize] = useState(100);
  const [seed, setSeed] = useState(1);
  const [by, setBy] = useState<StratumKey[]>(["source", "scenario.intent"]);
  const [onlyUnlabelled, setOnlyUnlabelled] = useState(true);
  const [saved, setSaved] = useState(savedFilters[0]?.name ?? "");
  const [filterName, setFilterName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const spec = (): QueueSpecInput => ({
    filter: {
      source: source || undefined,
      finalState,
      text,
      from,
      to,
      unlabelledOnly: mode === "unlabelled" || (mode === "sample" && onlyUnlabelled),
    } as QueueSpecInput["filter"],
    sample: mode === "sample" ? { size, seed, strata: by } : null,
  });

  const start = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body = mode === "saved" ? { savedFilter: saved } : { spec: spec() };
    const r = await sendWrite<{ queue: { id: string } }>("POST", "/api/annotate/queues", body, settings);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    router.push(`/annotate/q/${encodeURIComponent(r.data.queue.id)}`);
  };

  const saveFilter = async () => {
    setError(null);
    const r = await sendWrite("POST", "/api/annotate/filters", { name: filterName, spec: spec() }, settings);
    if (!r.ok) return setError(r.message);
    setMessage(`Saved filter “${filterName}”.`);
    setFilterName("");
    router.refresh();
  };

  return (
    <section className={`${ui.card} ${styles.card} ${styles.builder}`} aria-labelledby="queue-title">
      <h2 id="queue-title">Start a review queue</h2>
      <form onSubmit={start}>
        <fieldset className={styles.modes}>
          <legend>Which traces</legend>
          {(
            [
              ["unlabelled", "Unlabelled", "traces without a pass/fail yet"],
              ["all", "All", "every matching trace, oldest first"],
              ["sample", "Stratified sample", "seeded, spread over strata"],
              ["saved", "Saved filter", `${savedFilters.length} saved`],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className={mode === value ? styles.modeOn : undefined}>
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              <span className={styles.modeLabel}>{label}</span>
              <span className={styles.modeHint}>{hint}</span>
            </label>
          ))}
        </fieldset>

        {mode === "saved" ? (
          <label className={styles.field}>
            <span>Saved filter</span>
            <select value={saved} onChange={(e) => setSaved(e.target.value)} disabled={savedFilters.length === 0}>
              {savedFilters.length === 0 && <option value="">none saved yet</option>}
              {savedFilters.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <div className={styles.filters}>
              <label className={styles.field}>
                <span>Source</span>
                <select value={source} onChange={(e) => setSource(e.target.value)}>
                  {SOURCES.map((s) => (
                    <option key={s} value={s}>
                      {s || "any"}
                    </option>
                  ))}
                </select>
              </label>
              <label className={styles.field}>
                <span>Final state</span>
                <input
                  type="text"
                  list="states"
                  value={finalState}
                  onChange={(e) => setFinalState(e.target.value)}
                  placeholder="any"
                />
                <datalist id="states">
                  {STATES.map((s) => (
                    <option key={s} value={s} />
                  ))}
                </datalist>
              </label>
              <label className={styles.field}>
                <span>Text contains</span>
                <input
                  type="text"
                  name="text"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder="any message text"
                />
              </label>
              <label className={styles.field}>
                <span>From</span>
                <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
              </label>
              <label className={styles.field}>
                <span>To</span>
                <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
              </label>
            </div>
            {mode === "sample" && (
              <div className={styles.sample}>
                <label className={styles.field}>
                  <span>Size</span>
                  <input
                    type="number"
                    min={1}
                    max={2000}
                    value={size}
                    onChange={(e) => setSize(Number(e.target.value) || 1)}
                  />
                </label>
                <label className={styles.field}>
                  <span>Seed</span>
                  <input type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value) || 0)} />
                </label>
                <fieldset className={styles.strata}>
                  <legend>Stratify by (up to 4)</legend>
                  {strata.map((s) => (
                    <label key={s.key}>
                      <input
                        type="checkbox"
                        checked={by.includes(s.key)}
                        disabled={!by.includes(s.key) && by.length >= 4}
                        onChange={(e) =>
                          setBy((b) => (e.target.checked ? [...b, s.key] : b.filter((k) => k !== s.key)))
                        }
                      />
                      {s.label}
                    </label>
                  ))}
                </fieldset>
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    checked={onlyUnlabelled}
                    onChange={(e) => setOnlyUnlabelled(e.target.checked)}
                  />{" "}
                  Only unlabelled traces
                </label>
              </div>
            )}
          </>
        )}
        <div className={styles.actions}>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !settings.annotator.trim() || (mode === "saved" && !saved)}
          >
            {busy ? "Building queue…" : "Start reviewing"}
          </button>
          {mode !== "saved" && (
            <span className={styles.saveFilter}>
              <label htmlFor="filter-name" className="visually-hidden">
                Filter name
              </label>
              <input
                id="filter-name"
                type="text"
                placeholder="name this filter"
                value={filterName}
                onChange={(e) => setFilterName(e.target.value)}
              />
              <button
                type="button"
                className="button button-ghost button-small"
                disabled={!filterName.trim() || !settings.annotator.trim()}
                onClick={() => void saveFilter()}
              >
                Save filter
              </button>
            </span>
          )}
        </div>
        {!settings.annotator.trim() && (
          <p className={styles.hint}>Your role (viewer) can read but not create queues.</p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {message && (
          <p className={styles.hint} role="status">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
