"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LabelEvent, LabelState, TraceReview } from "../../../evals/annotation/index";
import { ConversationView } from "./conversation-view";
import { HandbookPanel, type PanelFact } from "./handbook-panel";
import { LabelPanel } from "./label-panel";
import { useLabelEditor } from "./use-label-editor";
import type { AnnotateSettings } from "./use-settings";
import { VerdictList } from "./verdict-list";
import styles from "./workspace.module.css";

/**
 * One trace on screen (mounted per trace): the conversation, the label panel and the handbook, and the keyboard map.
 * Moving away flushes any pending auto-save first.
 */
export function TraceScreen({
  review,
  settings,
  facts,
  sectionTitles,
  onSaved,
  onMove,
  onToggleHelp,
}: {
  review: TraceReview;
  settings: AnnotateSettings;
  facts: readonly PanelFact[];
  sectionTitles: Readonly<Record<string, string>>;
  onSaved: (traceId: string, label: LabelState) => void;
  onMove: (delta: -1 | 1) => void;
  onToggleHelp: () => void;
}) {
  const traceId = review.conversation.id;
  const [history, setHistory] = useState<LabelEvent[]>(review.history);
  const saved = useCallback(
    (id: string, label: LabelState, events: LabelEvent[]) => {
      setHistory(events);
      onSaved(id, label);
    },
    [onSaved],
  );
  const editor = useLabelEditor(traceId, review.label, settings, saved);
  const { draft, update } = editor;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  // Which key map is live ("write" once the annotator is known): lets tests and users see the screen is ready.
  const [keys, setKeys] = useState<"none" | "read" | "write">("none");
  const canWrite = settings.annotator.trim() !== "";
  const turnCount = review.turns.length;

  const setVerdict = useCallback(
    (verdict: "pass" | "fail" | "defer") =>
      update((s) => ({
        verdict,
        // A pass has no failing turn; a one-turn failure can only have failed on turn 1.
        firstFailTurn:
          verdict === "pass"
            ? null
            : verdict === "fail" && s.firstFailTurn === null && turnCount === 1
              ? 1
              : s.firstFailTurn,
      })),
    [update, turnCount],
  );
  const cycleTurn = useCallback(
    (step: 1 | -1) =>
      update((s) => {
        const order = [null, ...Array.from({ length: turnCount }, (_, i) => i + 1)];
        const i = order.indexOf(s.firstFailTurn);
        return { firstFailTurn: order[(i + step + order.length) % order.length] ?? null };
      }),
    [update, turnCount],
  );
  const toggleCite = useCallback(
    (id: string) =>
      update((s) => ({ factIds: s.factIds.includes(id) ? s.factIds.filter((f) => f !== id) : [...s.factIds, id] })),
    [update],
  );
  const move = useCallback(
    async (delta: -1 | 1) => {
      await editor.flush();
      onMove(delta);
    },
    [editor, onMove],
  );
  const undo = useCallback(async () => {
    const problem = await editor.undo();
    setNotice(problem);
  }, [editor]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable='true']");
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
        e.preventDefault();
        void move(1);
        return;
      }
      if (typing) {
        if (e.key === "Escape") (target as HTMLElement).blur();
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      const action = keyAction(e.key, {
        pass: () => setVerdict("pass"),
        fail: () => setVerdict("fail"),
        defer: () => setVerdict("defer"),
        undo: () => void undo(),
        nextTurn: () => cycleTurn(1),
        previousTurn: () => cycleTurn(-1),
        previous: () => void move(-1),
        next: () => void move(1),
        note: () => noteRef.current?.focus(),
        help: onToggleHelp,
      });
      if (!action) return;
      if (action.writes && !canWrite) {
        setNotice("Your role (viewer) cannot label.");
        return;
      }
      e.preventDefault();
      setNotice(null);
      action.run();
    };
    window.addEventListener("keydown", onKey);
    setKeys(canWrite ? "write" : "read");
    return () => window.removeEventListener("keydown", onKey);
  }, [setVerdict, undo, cycleTurn, move, onToggleHelp, canWrite]);

  const usedIds = [...new Set(review.turns.flatMap((t) => t.factIds))];
  const c = review.conversation;
  return (
    <div className={styles.workspace} data-keys={keys}>
      <div className={styles.mainColumn}>
        <header className={styles.traceHead}>
          <h2 className={styles.traceId}>
            <code>{c.id}</code>
          </h2>
          <ul className={styles.traceMeta}>
            <li>
              <span className={styles.metaKey}>source</span> {c.source}
            </li>
            <li>
              <span className={styles.metaKey}>turns</span> {c.turnCount}
            </li>
            <li>
              <span className={styles.metaKey}>final state</span> {c.finalState ?? "—"}
            </li>
            <li>
              <span className={styles.metaKey}>model</span> {c.model}
            </li>
            {review.attributes["scenario.intent"] && review.attributes["scenario.intent"] !== "(none)" && (
              <li>
                <span className={styles.metaKey}>scenario</span> {review.attributes["scenario.intent"]} ·{" "}
                {review.attributes["scenario.behaviour"]}
              </li>
            )}
            <li>
              <a href={`/traces/${encodeURIComponent(c.id)}`} target="_blank" rel="noreferrer">
                Full trace ↗
              </a>
            </li>
          </ul>
        </header>
        <ConversationView
          turns={review.turns}
          firstFailTurn={draft.firstFailTurn}
          onMarkTurn={(turn) => canWrite && update({ firstFailTurn: turn })}
          onShowFact={setQuery}
        />
      </div>
      <aside className={styles.sideColumn} aria-label="Label and handbook">
        {notice && (
          <p className={styles.notice} role="alert">
            {notice}
          </p>
        )}
        <LabelPanel
          draft={draft}
          status={editor.status}
          turnCount={turnCount}
          modes={review.modes}
          history={history}
          noteRef={noteRef}
          disabled={!canWrite}
          onVerdict={setVerdict}
          onUndo={() => void undo()}
          onNote={(note) => update({ note }, "typing")}
          onTurn={(turn) => update({ firstFailTurn: turn })}
          onUncite={toggleCite}
          onRetry={editor.retry}
        />
        {settings.triage && <VerdictList verdicts={review.verdicts} available={review.verdictsAvailable} />}
        <HandbookPanel
          facts={facts}
          sectionTitles={sectionTitles}
          usedIds={usedIds}
          citedIds={draft.factIds}
          query={query}
          onQuery={setQuery}
          onCite={(id) => canWrite && toggleCite(id)}
        />
      </aside>
    </div>
  );
}

type KeyHandlers = Record<
  "pass" | "fail" | "defer" | "undo" | "nextTurn" | "previousTurn" | "previous" | "next" | "note" | "help",
  () => void
>;

/** The open-coding key map: which handler a key runs, and whether it writes (writes need a role that may label). */
function keyAction(key: string, h: KeyHandlers): { run: () => void; writes: boolean } | null {
  switch (key) {
    case "1":
      return { run: h.pass, writes: true };
    case "2":
      return { run: h.fail, writes: true };
    case "d":
    case "D":
      return { run: h.defer, writes: true };
    case "u":
    case "U":
      return { run: h.undo, writes: true };
    case "t":
      return { run: h.nextTurn, writes: true };
    case "T":
      return { run: h.previousTurn, writes: true };
    case "ArrowLeft":
      return { run: h.previous, writes: false };
    case "ArrowRight":
      return { run: h.next, writes: false };
    case "/":
      return { run: h.note, writes: false };
    case "?":
      return { run: h.help, writes: false };
    default:
      return null;
  }
}
