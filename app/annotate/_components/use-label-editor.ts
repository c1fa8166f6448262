"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { CurrentLabel, LabelEvent, LabelState } from "../../../evals/annotation/index";
import { sendWrite } from "./annotate-api";
import type { AnnotateSettings } from "./use-settings";

/** Where the last auto-save stands. */
export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string; by: string }
  | { kind: "error"; message: string };

const EMPTY: LabelState = { verdict: null, note: "", firstFailTurn: null, factIds: [] };
const TYPING_DELAY_MS = 600;

const stateOf = (l: CurrentLabel | null): LabelState =>
  l ? { verdict: l.verdict, note: l.note, firstFailTurn: l.firstFailTurn, factIds: l.factIds } : EMPTY;

/**
 * The label being edited for one trace (mount one per trace, keyed by its id), auto-saved: verdict changes save at once, typing after a short pause. Saves
 * go out one at a time in order; `flush` sends anything pending (before moving to another trace), `undo` flushes and
 * then asks the server to revert the latest edit.
 */
export function useLabelEditor(
  traceId: string,
  initial: CurrentLabel | null,
  settings: AnnotateSettings,
  onSaved: (traceId: string, label: LabelState, history: LabelEvent[]) => void,
) {
  const [draft, setDraft] = useState<LabelState>(stateOf(initial));
  const [status, setStatus] = useState<SaveStatus>(
    initial ? { kind: "saved", at: initial.at, by: initial.annotator } : { kind: "idle" },
  );
  const draftRef = useRef(draft);
  const pending = useRef<{ traceId: string; state: LabelState } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const send = useCallback(async (item: { traceId: string; state: LabelState }, keepalive = false) => {
    setStatus({ kind: "saving" });
    const r = await sendWrite<{ label: CurrentLabel; history: LabelEvent[] }>(
      "POST",
      "/api/annotate/labels",
      { traceId: item.traceId, ...item.state },
      settingsRef.current,
      { keepalive },
    );
    if (r.ok) {
      setStatus({ kind: "saved", at: r.data.label.at, by: r.data.label.annotator });
      onSavedRef.current(item.traceId, stateOf(r.data.label), r.data.history);
    } else {
      setStatus({ kind: "error", message: r.message });
      pending.current ??= item; // keep it for the next flush / retry
    }
  }, []);

  const flush = useCallback(
    (keepalive = false) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const item = pending.current;
      if (item) {
        pending.current = null;
        chain.current = chain.current.then(() => send(item, keepalive));
      }
      return chain.current;
    },
    [send],
  );

  /** Applies a change to the draft and schedules its save (`now` for verdict clicks, a pause for typing). */
  const update = useCallback(
    (patch: Partial<LabelState> | ((s: LabelState) => Partial<LabelState>), when: "now" | "typing" = "now") => {
      const next = { ...draftRef.current, ...(typeof patch === "function" ? patch(draftRef.current) : patch) };
      draftRef.current = next;
      setDraft(next);
      pending.current = { traceId, state: next };
      if (timer.current) clearTimeout(timer.current);
      if (when === "now") void flush();
      else timer.current = setTimeout(() => void flush(), TYPING_DELAY_MS);
    },
    [traceId, flush],
  );

  const undo = useCallback(async () => {
    await flush();
    setStatus({ kind: "saving" });
    const r = await sendWrite<{ label: CurrentLabel; history: LabelEvent[] }>(
      "POST",
      "/api/annotate/labels/undo",
      { traceId },
      settingsRef.current,
    );
    if (!r.ok) {
      setStatus(r.code === "nothing_to_undo" ? { kind: "idle" } : { kind: "error", message: r.message });
      return r.message;
    }
    draftRef.current = stateOf(r.data.label);
    setDraft(draftRef.current);
    setStatus({ kind: "saved", at: r.data.label.at, by: r.data.label.annotator });
    onSavedRef.current(traceId, draftRef.current, r.data.history);
    return null;
  }, [traceId, flush]);

  // Leaving the page (or this trace) mid-pause still saves the note.
  useEffect(() => {
    const onHide = () => void flush(true);
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      void flush();
    };
  }, [flush]);

  return { draft, status, update, flush, undo, retry: () => void flush() };
}
