import type { ReplayItem, ReplaySummary } from "./replay";
import { droppedByRule, type TupleSample } from "./sample-tuples";
import type { DatasetLine } from "./schema";
import { stopReasonCounts } from "./synthesize";

/** `pnpm synth --json`: exactly `{"dataset", "conversations": [{"id", "scenario", "turns", "stopReason"}]}`. */
export function generateJson(dataset: string, lines: DatasetLine[]): string {
  const conversations = lines.map((l) => ({
    id: l.id,
    scenario: l.scenario,
    turns: l.run?.turns ?? 0,
    stopReason: l.run?.stopReason ?? null,
  }));
  return JSON.stringify({ dataset, conversations });
}

/** The human summary of a generation run. */
export function generateText(a: {
  file: string;
  lines: DatasetLine[];
  sample: TupleSample;
  writer: string;
  bot: string;
  tracePath: string;
}): string {
  const multi = a.lines.filter((l) => l.scenario.tuple.turns === "multi").length;
  return [
    `wrote ${a.file}: ${a.lines.length} conversations (${multi} multi-turn), writer ${a.writer}, bot ${a.bot}`,
    `stop reasons: ${JSON.stringify(stopReasonCounts(a.lines))}`,
    `coherent tuples: ${a.sample.coherent}; dropped combinations by rule: ${JSON.stringify(droppedByRule(a.sample.dropped))}`,
    `traces: ${a.tracePath} (source "synthetic")`,
  ].join("\n");
}

/** `pnpm synth replay --json`: the summary and, per scenario, the new outcome next to the stored one. */
export function replayJson(dataset: string, items: ReplayItem[], summary: ReplaySummary): string {
  const conversations = items.map((i) => ({
    id: i.id,
    turns: i.current.turns,
    stopReason: i.current.stopReason,
    previous: i.previous,
    same: i.same,
    changes: i.changes,
  }));
  return JSON.stringify({ dataset, summary, conversations });
}

/** The human summary of a replay: changed scenarios first, then the totals. */
export function replayText(dataset: string, items: ReplayItem[], summary: ReplaySummary): string {
  const changed = items.filter((x) => !x.same).map((i) => `${i.id}: ${i.changes.join("; ")}`);
  return [
    ...changed,
    `replayed ${dataset}: ${summary.same} same, ${summary.changed} changed, ${summary.skipped} skipped (dropped)`,
  ].join("\n");
}
