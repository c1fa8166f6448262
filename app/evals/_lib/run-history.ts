import type { EvalSummary, ModeSummary, StoredRun } from "../../../evals/index";

/** A stored run as the page sees it: the verdict store's run (summary null when unfinished or unreadable). */
export type RunEntry = StoredRun;

/** One run's figure for one mode. */
export interface RunPoint {
  runId: string;
  startedAt: string;
  rate: number;
  failures: number;
  n: number;
  status: ModeSummary["status"];
}

/** A mode's failure rate across runs, oldest first, with the threshold of the newest run. */
export interface ModeSeries {
  mode: string;
  points: RunPoint[];
  maxRate: number | null;
}

/** The modes in report order: the newest summary's order first, then any mode only older runs had. */
export function modesOf(runs: readonly RunEntry[]): string[] {
  const seen: string[] = [];
  for (const r of runs) for (const m of r.summary?.modes ?? []) if (!seen.includes(m.mode)) seen.push(m.mode);
  return seen;
}

/** Per-mode series of the finished runs (input newest first, as `listRuns` returns them; output oldest first). */
export function modeSeries(runs: readonly RunEntry[]): ModeSeries[] {
  const finished = runs.filter((r) => r.summary !== null).reverse();
  return modesOf(runs).map((mode) => {
    const points: RunPoint[] = [];
    let maxRate: number | null = null;
    for (const r of finished) {
      const m = r.summary!.modes.find((x) => x.mode === mode);
      if (!m) continue;
      points.push({
        runId: r.id,
        startedAt: r.startedAt,
        rate: m.rate,
        failures: m.failures,
        n: m.n,
        status: m.status,
      });
      maxRate = m.maxRate;
    }
    return { mode, points, maxRate };
  });
}

/** The run to show in detail: the requested one when it finished, else the newest finished run. */
export function pickRun(
  runs: readonly RunEntry[],
  requested: string | null,
): { run: (RunEntry & { summary: EvalSummary }) | null; missing: boolean } {
  const finished = runs.filter((r): r is RunEntry & { summary: EvalSummary } => r.summary !== null);
  const wanted = requested ? finished.find((r) => r.id === requested) : undefined;
  return { run: wanted ?? finished[0] ?? null, missing: requested !== null && !wanted };
}
