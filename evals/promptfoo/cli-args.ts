import { parseArgs } from "node:util";
import { z } from "zod";
import { BOT_VARIANTS_USAGE, type BotVariant, parseBotVariant } from "../../chatbot/index";

/** `pnpm eval:promptfoo --help`, and what an argument error is shown with. */
export const USAGE = `usage: pnpm eval:promptfoo [--limit N] [--bot ${BOT_VARIANTS_USAGE}[,…]]
  --limit N    only the first N scenarios of the default dataset (a positive integer)
  --bot LIST   bot variants to compare, one promptfoo provider each (default: BOT, then machine)
  -h, --help   this text
Results are stored in PROMPTFOO_CONFIG_DIR (default .promptfoo/); open them with
  PROMPTFOO_CONFIG_DIR=.promptfoo pnpm exec promptfoo view
Exit status as promptfoo's own CLI: 0 all passed, 100 some assertion failed (PROMPTFOO_FAILED_TEST_EXIT_CODE), 1 error.`;

/** Parsed `pnpm eval:promptfoo` arguments (`bots` null: the `BOT` variable decides), or the message to show. */
export type PromptfooArgs =
  | { ok: true; help: boolean; limit: number | undefined; bots: BotVariant[] | null }
  | { ok: false; error: string };

/** Parses argv (without node and script); unknown flags, a bad --limit or an unknown bot variant are errors. */
export function parsePromptfooArgs(argv: string[]): PromptfooArgs {
  let values: { limit?: string; help?: boolean; bot?: string };
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== "--"),
      options: { limit: { type: "string" }, bot: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (values.help) return { ok: true, help: true, limit: undefined, bots: null };
  let bots: BotVariant[] | null = null;
  try {
    bots = values.bot === undefined ? null : [...new Set(values.bot.split(",").map((b) => parseBotVariant(b)))];
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (values.limit === undefined) return { ok: true, help: false, limit: undefined, bots };
  const limit = z.coerce
    .number()
    .int()
    .positive()
    .safeParse(values.limit.trim() === "" ? Number.NaN : values.limit);
  if (!limit.success)
    return { ok: false, error: `--limit: expected a positive integer, got ${JSON.stringify(values.limit)}` };
  return { ok: true, help: false, limit: limit.data, bots };
}

/** promptfoo's exit status for a finished run: 0 when everything passed, else PROMPTFOO_FAILED_TEST_EXIT_CODE or 100. */
export function promptfooExitCode(
  stats: { failures: number; errors: number },
  env: Record<string, string | undefined>,
): number {
  if (stats.failures + stats.errors === 0) return 0;
  const configured = Number(env.PROMPTFOO_FAILED_TEST_EXIT_CODE);
  return Number.isInteger(configured) && env.PROMPTFOO_FAILED_TEST_EXIT_CODE?.trim() ? configured : 100;
}
