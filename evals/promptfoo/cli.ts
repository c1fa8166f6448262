import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { BotConfigError } from "../../chatbot/index";
import { loadProjectEnv } from "../../traces/index";
import { parsePromptfooArgs, promptfooExitCode, USAGE } from "./cli-args";

/** `pnpm eval:promptfoo [--limit N] [--bot machine,prompt]`: evaluates the promptfoo suite and stores results for `promptfoo view`. */
async function main(): Promise<number> {
  loadProjectEnv(); // .env / .env.local, as `pnpm dev` sees them
  const args = parsePromptfooArgs(process.argv.slice(2));
  if (!args.ok) {
    process.stderr.write(`eval:promptfoo: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.env.PROMPTFOO_DISABLE_TELEMETRY ??= "1";
  process.env.PROMPTFOO_DISABLE_UPDATE ??= "1";
  process.env.PROMPTFOO_CONFIG_DIR ??= resolve(".promptfoo");
  mkdirSync(process.env.PROMPTFOO_CONFIG_DIR, { recursive: true });
  const { evaluate } = await import("promptfoo");
  const { buildPromptfooSuite } = await import("./suite");
  let built: ReturnType<typeof buildPromptfooSuite>;
  try {
    built = buildPromptfooSuite({ limit: args.limit, bots: args.bots ?? undefined });
  } catch (error) {
    if (!(error instanceof BotConfigError)) throw error;
    process.stderr.write(`eval:promptfoo: ${error.message}\n`);
    return 2;
  }
  // writeLatestResults: without it evaluate() keeps the run in memory only and `promptfoo view` shows nothing.
  const suite = { ...built, writeLatestResults: true };
  const started = performance.now();
  const record = await evaluate(suite as never, { maxConcurrency: 4, showProgressBar: false, cache: false });
  const summary = await record.toEvaluateSummary();
  const stats = (summary as { stats: { successes: number; failures: number; errors: number } }).stats;
  process.stdout.write(
    `promptfoo: ${stats.successes} passed, ${stats.failures} failed, ${stats.errors} errors in ${Math.round(performance.now() - started)} ms\n`,
  );
  process.stdout.write(
    `eval ${record.id} stored in ${process.env.PROMPTFOO_CONFIG_DIR}; open it with: PROMPTFOO_CONFIG_DIR=${process.env.PROMPTFOO_CONFIG_DIR} pnpm exec promptfoo view\n`,
  );
  return promptfooExitCode(stats, process.env);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(
      `eval:promptfoo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
