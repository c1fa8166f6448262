import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { BotConfigError } from "../../chatbot/index";
import { PROMPTFOO_USAGE, type PromptfooArgs, parsePromptfooArgs } from "./cli-args";

/** `pnpm eval:promptfoo [--limit N] [--bot machine,prompt]`: evaluates the promptfoo suite and stores results for `promptfoo view`. */
async function main() {
  process.env.PROMPTFOO_DISABLE_TELEMETRY ??= "1";
  process.env.PROMPTFOO_DISABLE_UPDATE ??= "1";
  process.env.PROMPTFOO_CONFIG_DIR ??= resolve(".promptfoo");
  mkdirSync(process.env.PROMPTFOO_CONFIG_DIR, { recursive: true });
  let args: PromptfooArgs;
  try {
    args = parsePromptfooArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`eval:promptfoo: ${(error as Error).message}\n${PROMPTFOO_USAGE}\n`);
    process.exit(2);
  }
  const { evaluate } = await import("promptfoo");
  const { buildPromptfooSuite } = await import("./suite");
  let suite: ReturnType<typeof buildPromptfooSuite>;
  try {
    suite = buildPromptfooSuite({ limit: args.limit, bots: args.bots ?? undefined });
  } catch (error) {
    if (!(error instanceof BotConfigError)) throw error;
    process.stderr.write(`eval:promptfoo: ${error.message}\n`);
    process.exit(2);
  }
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
