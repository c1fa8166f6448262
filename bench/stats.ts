/** Percentile (nearest-rank) of a list of numbers; 0 for an empty list. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds to 3 decimals for printing. */
export const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Writes a progress line to stderr (stdout carries only the results). */
export const progress = (line: string) => void process.stderr.write(`bench: ${line}\n`);

/** Runs jobs with at most `limit` in flight, results in input order: the pool `pnpm eval` itself uses. */
export { mapPool as pool } from "../evals/index";

/**
 * The best possible wall time for conversations making `calls[i]` sequential model calls of `latencyS` each with at
 * most `concurrency` calls in flight: max(Σ calls × latency / concurrency, max calls × latency). With k calls per
 * conversation this is k × 0.2 s per 8 conversations, i.e. 40 / k conversations per second at 200 ms and 8 in flight.
 */
export function idealSeconds(calls: number[], latencyS: number, concurrency: number): number {
  const total = calls.reduce((a, b) => a + b, 0);
  return Math.max((total * latencyS) / concurrency, Math.max(0, ...calls) * latencyS);
}
