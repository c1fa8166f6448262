import { parseArgs } from "node:util";
import { z } from "zod";
import { EXPORT_FORMATS } from "./export-chunks";
import { Source } from "./schema";

/** A parsed `pnpm traces` invocation. */
export const CliCommand = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("help") }),
  z.object({
    kind: z.literal("list"),
    json: z.boolean(),
    source: Source.optional(),
    limit: z.coerce.number().int().min(1).max(500),
  }),
  z.object({ kind: z.literal("show"), id: z.string().min(1), json: z.boolean() }),
  z.object({
    kind: z.literal("export"),
    format: z.enum(EXPORT_FORMATS),
    out: z.string().min(1).optional(),
    dataset: z.string().min(1).default("bikeshop-traces"),
    source: Source.optional(),
  }),
]);
export type CliCommand = z.infer<typeof CliCommand>;

/** Help text for the traces CLI. */
export const USAGE = `usage: pnpm traces <command>

  list [--json] [--source ui|cli|synthetic|eval] [--limit N]   newest conversations (default 20)
  show <conversationId> [--json]                              one conversation with its turns and spans
  export --format jsonl|csv [--out FILE] [--source S]         every conversation (stdout without --out)
  export --format openai-chat|langfuse|phoenix [--dataset NAME] [--out FILE] [--source S]
         openai-chat: OpenAI fine-tuning JSONL, a conversation per line
         langfuse:    Langfuse dataset items (POST /api/public/dataset-items), a turn per line, sourceTraceId set
         phoenix:     one Phoenix dataset upload body (POST /v1/datasets/upload), span_ids linking each turn

The database is DATABASE_PATH, else data/bikeshop.db.
`;

const OPTIONS = {
  list: { json: { type: "boolean" }, source: { type: "string" }, limit: { type: "string" } },
  show: { json: { type: "boolean" } },
  export: {
    format: { type: "string" },
    out: { type: "string" },
    source: { type: "string" },
    dataset: { type: "string" },
  },
} as const;

/** Parses argv (without node and script) into a command, or an error message to show with the usage. */
export function parseCliArgs(
  argv: readonly string[],
): { ok: true; command: CliCommand } | { ok: false; error: string } {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h")
    return { ok: true, command: { kind: "help" } };
  if (!(name in OPTIONS)) return { ok: false, error: `unknown command "${name}"` };
  const kind = name as keyof typeof OPTIONS;
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest],
      options: OPTIONS[kind],
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (positionals.length > (kind === "show" ? 1 : 0))
    return { ok: false, error: `unexpected argument "${positionals.at(-1)}"` };
  const raw =
    kind === "list"
      ? { kind, json: values.json ?? false, source: values.source, limit: values.limit ?? 20 }
      : kind === "show"
        ? { kind, id: positionals[0] ?? "", json: values.json ?? false }
        : { kind, format: values.format, out: values.out, source: values.source, dataset: values.dataset };
  const parsed = CliCommand.safeParse(raw);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${kind}: invalid ${issue?.path.join(".") || "arguments"}: ${issue?.message}` };
}
