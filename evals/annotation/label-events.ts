import { type CurrentLabel, EMPTY_LABEL, type LabelEvent, type LabelState } from "./schema";

/** The label fields of an event (or any object carrying them), without its bookkeeping. */
export const labelStateOf = (s: LabelState): LabelState => ({
  verdict: s.verdict,
  note: s.note,
  firstFailTurn: s.firstFailTurn,
  factIds: [...s.factIds],
});

/** True when two label states say the same thing (so writing one over the other would be a no-op). */
export function sameLabel(a: LabelState, b: LabelState): boolean {
  return (
    a.verdict === b.verdict &&
    a.note === b.note &&
    a.firstFailTurn === b.firstFailTurn &&
    a.factIds.length === b.factIds.length &&
    a.factIds.every((id, i) => id === b.factIds[i])
  );
}

/** The current label of one trace's events: the latest event's state, or null when it has no events. */
export function currentLabel(events: readonly LabelEvent[]): CurrentLabel | null {
  const last = latest(events);
  if (!last) return null;
  return { ...labelStateOf(last), traceId: last.traceId, annotator: last.annotator, at: last.at, seq: last.seq };
}

/**
 * The undo stack of one trace: every set/import event pushes, every undo pops the event it reverted. The top is the
 * edit an undo would revert; the entry below it is the state that undo restores.
 */
export function undoStack(events: readonly LabelEvent[]): { seq: number; state: LabelState }[] {
  const stack: { seq: number; state: LabelState }[] = [];
  for (const e of sortBySeq(events)) {
    if (e.action === "undo") {
      const i = stack.findLastIndex((entry) => entry.seq === e.undoes);
      if (i >= 0) stack.splice(i, 1);
    } else {
      stack.push({ seq: e.seq, state: labelStateOf(e) });
    }
  }
  return stack;
}

/** What an undo would write: the state before the latest edit, and which event it reverts; an error value if none. */
export function planUndo(
  events: readonly LabelEvent[],
):
  | { ok: true; restore: LabelState; undoes: number }
  | { ok: false; error: { code: "nothing_to_undo"; message: string } } {
  const stack = undoStack(events);
  const top = stack.at(-1);
  if (!top)
    return { ok: false, error: { code: "nothing_to_undo", message: "There is nothing to undo on this trace." } };
  return { ok: true, restore: stack.at(-2)?.state ?? labelStateOf(EMPTY_LABEL), undoes: top.seq };
}

/** Current labels of many traces from their mixed events (latest event per trace wins). */
export function currentLabels(events: readonly LabelEvent[]): Map<string, CurrentLabel> {
  const byTrace = new Map<string, LabelEvent[]>();
  for (const e of events) {
    const list = byTrace.get(e.traceId);
    if (list) list.push(e);
    else byTrace.set(e.traceId, [e]);
  }
  const out = new Map<string, CurrentLabel>();
  for (const [traceId, list] of byTrace) {
    const label = currentLabel(list);
    if (label) out.set(traceId, label);
  }
  return out;
}

function latest(events: readonly LabelEvent[]): LabelEvent | undefined {
  let best: LabelEvent | undefined;
  for (const e of events) if (!best || e.seq > best.seq) best = e;
  return best;
}

const sortBySeq = (events: readonly LabelEvent[]) => [...events].sort((a, b) => a.seq - b.seq);
