import { parseArgs } from "node:util";
import { BOT_VARIANTS_USAGE, type BotVariant, parseBotVariant } from "../../chatbot/index";

/** Usage of `pnpm eval:promptfoo`. */
export const PROMPTFOO_USAGE = `usage: pnpm eval:promptfoo [--limit N] [--bot ${BOT_VARIANTS_USAGE}[,…]]`;

/** Parsed `pnpm eval:promptfoo` options; `bots` null means the `BOT` variable decides. */
export interface PromptfooArgs {
  limit: number | undefined;
  bots: BotVariant[] | null;
}

/** Parses `[--limit N] [--bot machine,prompt]` (one promptfoo provider per listed variant); throws naming the option. */
export function parsePromptfooArgs(argv: string[]): PromptfooArgs {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== "--"),
    options: { limit: { type: "string" }, bot: { type: "string" } },
    strict: true,
  });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new Error(`--limit: expected a positive integer, got "${values.limit}"`);
  const bots = values.bot === undefined ? null : [...new Set(values.bot.split(",").map((b) => parseBotVariant(b)))];
  return { limit, bots };
}
