import { type RunDeps, runScenario } from "./run-scenario";
import type { DatasetLine, RunResult, StopReason } from "./schema";

/** One replayed scenario: its previous and new outcome and what changed. */
export interface ReplayItem {
  id: string;
  previous: { turns: number; stopReason: StopReason } | null;
  current: RunResult;
  same: boolean;
  changes: string[];
}

/** Totals of a replay. */
export interface ReplaySummary {
  total: number;
  same: number;
  changed: number;
  skipped: number;
}

// Booking references and conversation ids are random per run; compare replies without them.
const normalise = (s: string) => s.replace(/\bBK-[A-Z0-9]+\b/g, "BK-#").trim();

/** What differs between a stored run and a new one: stop reason, turn count, states and replies turn by turn. Pure. */
export function compareRuns(previous: RunResult | null, current: RunResult): string[] {
  if (!previous) return ["no previous run"];
  const changes: string[] = [];
  if (previous.stopReason !== current.stopReason)
    changes.push(`stopReason ${previous.stopReason} → ${current.stopReason}`);
  if (previous.turns !== current.turns) changes.push(`turns ${previous.turns} → ${current.turns}`);
  const n = Math.min(previous.transcript.length, current.transcript.length);
  for (let i = 0; i < n; i++) {
    const a = previous.transcript[i]!;
    const b = current.transcript[i]!;
    if (a.state !== b.state) changes.push(`turn ${i + 1}: state ${a.state} → ${b.state}`);
    else if (normalise(a.bot) !== normalise(b.bot)) changes.push(`turn ${i + 1}: reply changed`);
  }
  return changes;
}

/** Re-runs the kept scenarios of a dataset against the current bot and compares each with its stored run. */
export async function replayDataset(
  deps: RunDeps,
  lines: DatasetLine[],
  onItem?: (item: ReplayItem) => void,
): Promise<{ items: ReplayItem[]; summary: ReplaySummary }> {
  const items: ReplayItem[] = [];
  for (const line of lines) {
    if (line.status !== "kept") continue;
    const current = await runScenario(deps, line.scenario);
    const changes = compareRuns(line.run, current);
    const item: ReplayItem = {
      id: line.id,
      previous: line.run ? { turns: line.run.turns, stopReason: line.run.stopReason } : null,
      current,
      same: changes.length === 0,
      changes,
    };
    items.push(item);
    onItem?.(item);
  }
  const same = items.filter((i) => i.same).length;
  return {
    items,
    summary: { total: lines.length, same, changed: items.length - same, skipped: lines.length - items.length },
  };
}
