import { parseArgs } from "node:util";
import { z } from "zod";
import { BOT_VARIANTS_USAGE, BotVariant, parseBotVariant } from "../../chatbot/index";

/**
 * Conversations `pnpm eval` evaluates at once unless `--concurrency` says otherwise. 4 hides most model latency while
 * staying modest against provider rate limits; offline the run is CPU-bound, so the value changes little there.
 * Reports are identical whatever the value (results keep dataset order).
 */
export const DEFAULT_CONCURRENCY = 4;

const positiveInt = (what: string) =>
  z
    .number({ error: `${what} must be a positive integer` })
    .int(`${what} must be a positive integer`)
    .positive(`${what} must be a positive integer`);

/** A parsed `pnpm eval` command line. */
export const EvalCommand = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("run"),
    json: z.boolean(),
    dataset: z.string().min(1),
    limit: z.number().int().positive().nullable(),
    database: z.string().min(1).nullable(),
    reportsDir: z.string().min(1),
    updateBaseline: z.boolean(),
    seed: z.number().int(),
    draws: z.number().int().positive(),
    concurrency: positiveInt("number of conversations in flight"),
    judgeConcurrency: positiveInt("number of judge calls in flight").nullable(),
    /** null: the `BOT` variable decides (default machine). */
    bot: BotVariant.nullable(),
  }),
  z.object({ command: z.literal("score"), json: z.boolean(), input: z.string().min(1) }),
  z.object({
    command: z.literal("align"),
    json: z.boolean(),
    split: z.enum(["dev", "test"]),
    seed: z.number().int(),
    labelled: z.string().min(1),
    /** null: DATABASE_PATH (else data/bikeshop.db), as `pnpm eval`. */
    database: z.string().min(1).nullable(),
  }),
  z.object({
    command: z.literal("calibrate-judges"),
    json: z.boolean(),
    seed: z.number().int(),
    labelled: z.string().min(1),
    limit: z.number().int().positive().nullable(),
    database: z.string().min(1).nullable(),
  }),
  z.object({
    command: z.literal("export-judge-data"),
    split: z.enum(["train", "dev"], { error: 'only "train" or "dev": the test split measures the final judge' }),
    seed: z.number().int(),
    labelled: z.string().min(1),
    out: z.string().min(1).nullable(),
    database: z.string().min(1).nullable(),
  }),
  z.object({
    command: z.literal("modes"),
    json: z.boolean(),
    seed: z.number().int(),
    labelled: z.string().min(1),
    database: z.string().min(1).nullable(),
  }),
  z.object({
    command: z.literal("judge-create"),
    json: z.boolean(),
    mode: z.string({ error: "name the failure mode (id or name)" }).trim().min(1, "name the failure mode (id or name)"),
    seed: z.number().int(),
    labelled: z.string().min(1),
    by: z.string().trim().min(1).max(120),
    database: z.string().min(1).nullable(),
  }),
]);
export type EvalCommand = z.infer<typeof EvalCommand>;

/** Usage text for `pnpm eval --help` and argument errors. */
export const USAGE = `usage:
  pnpm eval [--json] [--dataset NAME] [--limit N] [--database PATH] [--reports DIR] [--seed S] [--draws N] [--concurrency N]
            [--judge-concurrency N] [--update-baseline] [--bot ${BOT_VARIANTS_USAGE}]
  pnpm eval score --input FILE.jsonl [--json]
  pnpm eval align [--split dev|test] [--json] [--seed S] [--labelled FILE.jsonl] [--database PATH]
  pnpm eval calibrate-judges [--json] [--seed S] [--labelled FILE.jsonl] [--limit N] [--database PATH]
      scores the train split with each mode's scored judge (log P(fail) − log P(pass)) and stores its threshold
  pnpm eval export-judge-data [--split train|dev] [--seed S] [--labelled FILE.jsonl] [--out FILE.jsonl] [--database PATH]
      labelled judge examples as OpenAI chat fine-tuning JSONL (one line per item × failure mode)
  pnpm eval labels import --input FILE.csv|FILE.jsonl [--author NAME] [--json]
  pnpm eval labels assign --mode MODE_ID --trace ID [--trace ID ...] [--author NAME] [--json]
  pnpm eval modes [--json] [--seed S] [--labelled FILE.jsonl] [--database PATH]
      every failure mode (seed and axial): human-labelled rate with a Wilson 95% interval, covering evaluators, TPR/TNR
  pnpm eval judge create --mode M [--json] [--seed S] [--labelled FILE.jsonl] [--by NAME] [--database PATH]
      creates an LLM judge for mode M (id or name) from its definition and train-split examples, measures it on dev`;

const int = (v: string | undefined, fallback: number | null) => (v === undefined ? fallback : Number(v));

const flag = (path: PropertyKey[]) =>
  path.map((p) => String(p).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)).join(".");

/** Parses argv (without node and script); throws an Error with a readable message on bad input. */
export function parseEvalArgs(argv: string[]): EvalCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      input: { type: "string" },
      dataset: { type: "string" },
      limit: { type: "string" },
      database: { type: "string" },
      reports: { type: "string" },
      split: { type: "string" },
      seed: { type: "string" },
      draws: { type: "string" },
      labelled: { type: "string" },
      concurrency: { type: "string" },
      "judge-concurrency": { type: "string" },
      "update-baseline": { type: "boolean", default: false },
      bot: { type: "string" },
      out: { type: "string" },
      mode: { type: "string" },
      by: { type: "string" },
    },
  });
  const judge = positionals[0] === "judge";
  if (judge && positionals[1] !== "create")
    throw new Error(positionals[1] ? `unknown judge command "${positionals[1]}"` : 'say "judge create --mode M"');
  const command = judge ? "judge-create" : (positionals[0] ?? "run");
  const extra = positionals[judge ? 2 : 1];
  if (extra !== undefined) throw new Error(`unexpected argument "${extra}"`);
  const labelled = values.labelled ?? "evals/labelled/handwritten.jsonl";
  const mine =
    command === "judge-create"
      ? {
          command,
          json: values.json,
          mode: values.mode,
          seed: int(values.seed, 1),
          labelled,
          by: values.by ?? "cli",
          database: values.database ?? null,
        }
      : command === "modes"
        ? { command, json: values.json, seed: int(values.seed, 1), labelled, database: values.database ?? null }
        : command === "calibrate-judges"
          ? {
              command,
              json: values.json,
              seed: int(values.seed, 1),
              labelled,
              limit: int(values.limit, null),
              database: values.database ?? null,
            }
          : null;
  const raw =
    mine ??
    (command === "score"
      ? { command, json: values.json, input: values.input }
      : command === "export-judge-data"
        ? {
            command,
            split: values.split ?? "train",
            seed: int(values.seed, 1),
            labelled: values.labelled ?? "evals/labelled/handwritten.jsonl",
            out: values.out ?? null,
            database: values.database ?? null,
          }
        : command === "align"
          ? {
              command,
              json: values.json,
              split: values.split ?? "dev",
              seed: int(values.seed, 1),
              labelled: values.labelled ?? "evals/labelled/handwritten.jsonl",
              database: values.database ?? null,
            }
          : command === "run"
            ? {
                command,
                json: values.json,
                dataset: values.dataset ?? "default",
                limit: int(values.limit, null),
                database: values.database ?? null,
                reportsDir: values.reports ?? "reports",
                updateBaseline: values["update-baseline"],
                seed: int(values.seed, 1),
                draws: int(values.draws, 20_000),
                concurrency: int(values.concurrency, DEFAULT_CONCURRENCY),
                judgeConcurrency: int(values["judge-concurrency"], null),
                bot: values.bot === undefined ? null : parseBotVariant(values.bot),
              }
            : null);
  if (!raw) throw new Error(`unknown command "${command}"`);
  const parsed = EvalCommand.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${flag(i.path)}: ${i.message}`).join("; "));
  return parsed.data;
}
