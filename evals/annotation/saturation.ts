import { jaccard, noteTokens } from "./note-tokens";
import type { Verdict } from "./schema";

/** A labelled trace in the order it was first labelled. */
export interface SaturationItem {
  traceId: string;
  verdict: Extract<Verdict, "pass" | "fail">;
  note: string;
  modes: readonly string[];
}

/** How close open coding is to saturation (the course's rule: ≈100 traces, then 20 in a row with no new kind). */
export interface Saturation {
  labelled: number;
  failed: number;
  /** Traces among the last `window` that brought a new kind of failure. */
  newInWindow: number;
  window: number;
  /** Labelled traces since the last new kind of failure. */
  sinceLastNew: number;
  saturated: boolean;
  hint: string;
}

const WINDOW = 20;
const TARGET = 100;
/** Notes at least this similar (token Jaccard) count as the same kind of failure. */
const SAME_NOTE = 0.5;

/**
 * Whether each labelled trace brought a new kind of failure (pure): a failed trace is new when it carries a failure
 * mode not seen before, or, while it has no mode yet, when its note is unlike every earlier failed note.
 */
export function saturation(items: readonly SaturationItem[]): Saturation {
  const seenModes = new Set<string>();
  const seenNotes: string[][] = [];
  const isNew = items.map((item) => {
    if (item.verdict !== "fail") return false;
    const tokens = noteTokens(item.note);
    const newMode = item.modes.some((m) => !seenModes.has(m));
    const newNote = tokens.length > 0 && seenNotes.every((prev) => jaccard(prev, tokens) < SAME_NOTE);
    for (const m of item.modes) seenModes.add(m);
    if (tokens.length > 0) seenNotes.push(tokens);
    return item.modes.length > 0 ? newMode : newNote;
  });
  const window = Math.min(WINDOW, items.length);
  const newInWindow = isNew.slice(items.length - window).filter(Boolean).length;
  const lastNew = isNew.lastIndexOf(true);
  const sinceLastNew = items.length - 1 - lastNew;
  const saturated = items.length >= TARGET && sinceLastNew >= WINDOW;
  return {
    labelled: items.length,
    failed: items.filter((i) => i.verdict === "fail").length,
    newInWindow,
    window,
    sinceLastNew,
    saturated,
    hint: hintFor(items.length, sinceLastNew, saturated),
  };
}

function hintFor(labelled: number, since: number, saturated: boolean): string {
  if (saturated) return `Saturated: ${since} traces in a row brought no new kind of failure. Move on to axial coding.`;
  if (labelled < TARGET)
    return `Keep going: ${TARGET - labelled} more to reach ≈${TARGET} traces, then stop after ${WINDOW} in a row with nothing new.`;
  return `${labelled} labelled; ${Math.max(0, WINDOW - since)} more in a row with no new kind of failure and you can stop.`;
}
