import { quantile } from "../evals/index";

/** The p-th percentile (0–100) of a list of numbers: the one quantile the eval statistics use; 0 for an empty list. */
export function percentile(xs: number[], p: number): number {
  return xs.length === 0
    ? 0
    : quantile(
        [...xs].sort((a, b) => a - b),
        p / 100,
      );
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
