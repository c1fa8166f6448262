import { parseArgs } from "node:util";
import { z } from "zod";
import { BOT_VARIANTS_USAGE, BotVariant, parseBotVariant } from "../chatbot/index";

const IsoWithOffset = z.iso.datetime({ offset: true });

/** `pnpm synth …`: generate (default), replay a dataset, or export one as CSV. */
export const SynthArgs = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("generate"),
    count: z.coerce.number().int().min(1).max(5000),
    seed: z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
    multiTurnShare: z.coerce.number().min(0).max(1),
    offline: z.boolean(),
    dataset: z.string().nullable(),
    json: z.boolean(),
    now: IsoWithOffset.nullable(),
    /** null: the `BOT` variable decides (default machine). */
    bot: BotVariant.nullable(),
  }),
  z.object({
    command: z.literal("replay"),
    dataset: z.string(),
    json: z.boolean(),
    offline: z.boolean(),
    bot: BotVariant.nullable(),
  }),
  z.object({ command: z.literal("export"), dataset: z.string(), out: z.string().nullable() }),
]);
export type SynthArgs = z.infer<typeof SynthArgs>;

/** Usage text shown on bad arguments. */
export const USAGE = `usage:
  pnpm synth [--count N] [--seed S] [--multi-turn-share 0..1] [--offline] [--dataset NAME] [--json] [--now ISO]
             [--bot ${BOT_VARIANTS_USAGE}]
  pnpm synth replay --dataset NAME [--offline] [--json] [--bot ${BOT_VARIANTS_USAGE}]
  pnpm synth export --dataset NAME [--out FILE.csv]`;

/** Parses the command line (pure); throws an Error naming the bad option. */
export function parseSynthArgs(argv: string[]): SynthArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      count: { type: "string" },
      seed: { type: "string" },
      "multi-turn-share": { type: "string" },
      offline: { type: "boolean", default: false },
      dataset: { type: "string" },
      json: { type: "boolean", default: false },
      now: { type: "string" },
      out: { type: "string" },
      bot: { type: "string" },
    },
  });
  const bot = values.bot === undefined ? null : parseBotVariant(values.bot);
  const command = positionals[0] ?? "generate";
  if (positionals.length > 1) throw new Error(`unexpected argument "${positionals[1]}"`);
  const raw =
    command === "generate"
      ? {
          command,
          count: values.count ?? "100",
          seed: values.seed ?? "1",
          multiTurnShare: values["multi-turn-share"] ?? "0.5",
          offline: values.offline,
          dataset: values.dataset ?? null,
          json: values.json,
          now: values.now ?? null,
          bot,
        }
      : command === "replay"
        ? { command, dataset: values.dataset, json: values.json, offline: values.offline, bot }
        : { command, dataset: values.dataset, out: values.out ?? null };
  const parsed = SynthArgs.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw new Error(
      path === "command"
        ? `unknown command "${command}"`
        : `--${path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** The dataset name used when `--dataset` is not given. */
export function defaultDatasetName(a: { seed: number; count: number }): string {
  return `s${a.seed}-n${a.count}`;
}
