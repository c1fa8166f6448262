"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LabelState, TraceReview, Verdict } from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import { getJson } from "./annotate-api";
import type { PanelFact } from "./handbook-panel";
import { KeyboardHelp } from "./keyboard-help";
import { QueueStrip } from "./queue-strip";
import { SettingsBar } from "./settings-bar";
import { TraceScreen } from "./trace-screen";
import { useAnnotateSettings } from "./use-settings";
import styles from "./workspace.module.css";

/** The queue being worked through (null when a single trace was opened by id). */
export interface WorkspaceQueue {
  id: string;
  title: string;
  traceIds: string[];
}

/**
 * The open-coding screen: one trace at a time from a frozen queue, with progress, jump-by-id, blind/triage mode and
 * the keyboard map. Traces load through the API as the reviewer moves; the position is kept in the URL so a reload
 * lands on the same trace.
 */
export function LabelWorkspace({
  queue,
  initialPosition,
  initialReview,
  initialVerdicts,
  facts,
  sectionTitles,
}: {
  queue: WorkspaceQueue | null;
  initialPosition: number;
  initialReview: TraceReview;
  initialVerdicts: Record<string, Verdict | null>;
  facts: PanelFact[];
  sectionTitles: Record<string, string>;
}) {
  const [settings, updateSettings, hydrated] = useAnnotateSettings();
  const ids = useMemo(() => queue?.traceIds ?? [initialReview.conversation.id], [queue, initialReview]);
  const [position, setPosition] = useState(initialPosition);
  const [review, setReview] = useState<TraceReview | null>(initialReview);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [verdicts, setVerdicts] = useState(initialVerdicts);
  const [help, setHelp] = useState(false);
  const [jump, setJump] = useState("");
  const [jumpError, setJumpError] = useState<string | null>(null);
  const loadedTriage = useRef(false);

  const load = useCallback(
    async (index: number, triage: boolean, signal?: AbortSignal) => {
      const id = ids[index];
      if (!id) return;
      setLoadError(null);
      const r = await getJson<TraceReview>(
        `/api/annotate/traces/${encodeURIComponent(id)}?triage=${triage ? 1 : 0}`,
        signal,
      );
      if (r.ok) setReview(r.data);
      else setLoadError(r.message);
    },
    [ids],
  );

  // Triage mode needs verdicts the blind first render did not fetch; reload the current trace once settings are known.
  useEffect(() => {
    if (!hydrated || !settings.triage || loadedTriage.current) return;
    loadedTriage.current = true;
    void load(position, true);
  }, [hydrated, settings.triage, load, position]);

  const goTo = useCallback(
    (index: number) => {
      if (index < 0 || index >= ids.length || index === position) return;
      setPosition(index);
      setReview(null);
      if (queue) window.history.replaceState(null, "", `/annotate/q/${encodeURIComponent(queue.id)}?at=${index + 1}`);
      void load(index, settings.triage);
    },
    [ids, position, queue, load, settings.triage],
  );

  const onSaved = useCallback((traceId: string, label: LabelState) => {
    setVerdicts((v) => ({ ...v, [traceId]: label.verdict }));
  }, []);
  const onMove = useCallback((delta: -1 | 1) => goTo(position + delta), [goTo, position]);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);

  const labelled = ids.filter((id) => verdicts[id] === "pass" || verdicts[id] === "fail").length;
  const deferred = ids.filter((id) => verdicts[id] === "defer").length;

  const submitJump = (e: React.FormEvent) => {
    e.preventDefault();
    const id = jump.trim();
    if (!id) return;
    const index = ids.indexOf(id);
    setJumpError(null);
    if (index >= 0) {
      goTo(index);
      setJump("");
    } else window.location.assign(`/annotate/t/${encodeURIComponent(id)}`);
  };

  return (
    <div className={`${ui.page} ${ui.wide}`}>
      <div className={styles.topBar}>
        <div className={styles.queueInfo}>
          <p className={ui.crumbs}>
            <Link href="/annotate">Annotate</Link> <span aria-hidden="true">/</span>{" "}
            {queue ? queue.title : "Single trace"}
          </p>
          <h1 className={styles.progress} data-testid="progress">
            Trace {position + 1} <span className={styles.progressOf}>of {ids.length}</span>
          </h1>
          <p className={styles.counts} data-testid="queue-counts">
            <span className={styles.countPass}>{labelled} labelled</span>
            {deferred > 0 && <span className={styles.countDefer}> · {deferred} deferred</span>}
            <span className={ui.muted}> · {ids.length - labelled - deferred} to go</span>
          </p>
        </div>
        <div className={styles.topActions}>
          <div className={styles.navButtons}>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onMove(-1)}
              disabled={position === 0}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onMove(1)}
              disabled={position >= ids.length - 1}
            >
              Next →
            </button>
          </div>
          <form className={styles.jump} onSubmit={submitJump}>
            <label htmlFor="jump" className="visually-hidden">
              Jump to a trace by id
            </label>
            <input
              id="jump"
              type="search"
              placeholder="Jump to trace id…"
              value={jump}
              onChange={(e) => setJump(e.target.value)}
            />
            <button type="submit" className="button button-ghost button-small">
              Go
            </button>
            {jumpError && <span className="form-error">{jumpError}</span>}
          </form>
          <SettingsBar
            settings={settings}
            update={updateSettings}
            onTriageChange={(triage) => void load(position, triage)}
          />
          <button type="button" className="button button-ghost button-small" onClick={toggleHelp} aria-expanded={help}>
            Keys <kbd>?</kbd>
          </button>
          <Link className="button button-ghost button-small" href="/annotate/axial">
            Axial board →
          </Link>
        </div>
      </div>
      {queue && <QueueStrip ids={ids} verdicts={verdicts} position={position} onJump={goTo} />}
      {help && <KeyboardHelp onClose={toggleHelp} />}
      {hydrated && !settings.annotator.trim() && (
        <p className={styles.notice} role="alert">
          Your role (viewer) can read but not label; ask an admin for the annotator role.
        </p>
      )}
      {loadError && (
        <p className={styles.notice} role="alert">
          Could not load this trace: {loadError}{" "}
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => void load(position, settings.triage)}
          >
            Try again
          </button>
        </p>
      )}
      {review ? (
        <TraceScreen
          key={review.conversation.id}
          review={review}
          settings={settings}
          facts={facts}
          sectionTitles={sectionTitles}
          onSaved={onSaved}
          onMove={onMove}
          onToggleHelp={toggleHelp}
        />
      ) : (
        !loadError && <p className={styles.loading}>Loading trace {position + 1}…</p>
      )}
    </div>
  );
}
