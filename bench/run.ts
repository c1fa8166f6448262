import { r3 } from "./stats";
import { benchTurns } from "./turns";

/** `pnpm bench [--json]`: harness benchmarks (figures, not pass/fail tests). */
async function main() {
  const json = process.argv.includes("--json");
  const turns = 1000;
  // Tracing off first: the OTel SDK, once registered, stays for the process.
  const off = await benchTurns(turns, false);
  const on = await benchTurns(turns, true);
  const result = {
    turns,
    turnMedianMs: r3(on.median),
    turnP99Ms: r3(on.p99),
    tracingOffMedianMs: r3(off.median),
    tracingOffP99Ms: r3(off.p99),
    tracingOverhead: r3(on.median / off.median - 1),
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const line = (k: string, v: number, target?: string) => process.stdout.write(`${k.padEnd(34)} ${String(v).padStart(9)}${target ? `   (target ${target})` : ""}\n`);
    process.stdout.write(`Offline turns: ${turns} (10-turn conversations, SQLite file, after 50 warm-up turns)\n`);
    line("turn median, tracing on (ms)", result.turnMedianMs, "≤ 2.5");
    line("turn p99, tracing on (ms)", result.turnP99Ms, "≤ 10");
    line("turn median, tracing off (ms)", result.tracingOffMedianMs);
    line("turn p99, tracing off (ms)", result.tracingOffP99Ms);
    line("tracing overhead (ratio)", result.tracingOverhead, "≤ 0.20");
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
