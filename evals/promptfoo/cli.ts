import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { loadProjectEnv } from "../../traces/index";

/** `pnpm eval:promptfoo [--limit N]`: evaluates the promptfoo suite and stores results for `promptfoo view`. */
async function main() {
  loadProjectEnv(); // .env / .env.local, as `pnpm dev` sees them
  process.env.PROMPTFOO_DISABLE_TELEMETRY ??= "1";
  process.env.PROMPTFOO_DISABLE_UPDATE ??= "1";
  process.env.PROMPTFOO_CONFIG_DIR ??= resolve(".promptfoo");
  mkdirSync(process.env.PROMPTFOO_CONFIG_DIR, { recursive: true });
  const i = process.argv.indexOf("--limit");
  const limit = i > 0 ? Number(process.argv[i + 1]) : undefined;
  const { evaluate } = await import("promptfoo");
  const { buildPromptfooSuite } = await import("./suite");
  const suite = buildPromptfooSuite({ limit });
  const started = performance.now();
  const record = await evaluate(suite as never, { maxConcurrency: 4, showProgressBar: false, cache: false });
  const summary = await record.toEvaluateSummary();
  const stats = (summary as { stats: { successes: number; failures: number; errors: number } }).stats;
  process.stdout.write(`promptfoo: ${stats.successes} passed, ${stats.failures} failed, ${stats.errors} errors in ${Math.round(performance.now() - started)} ms\n`);
  process.stdout.write(`results stored in ${process.env.PROMPTFOO_CONFIG_DIR}; open them with: PROMPTFOO_CONFIG_DIR=.promptfoo pnpm exec promptfoo view\n`);
}

main().catch((error) => {
  process.stderr.write(`eval:promptfoo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
