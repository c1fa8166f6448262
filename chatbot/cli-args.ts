import { parseArgs } from "node:util";
import { z } from "zod";
import { BOT_VARIANTS_USAGE, BotVariant, parseBotVariant } from "./bot-variant";

/** `pnpm chat --help`, and what an argument error is shown with. */
export const USAGE = `usage: pnpm chat [--json] [--now ISO] [--conversation ID] [--bot ${BOT_VARIANTS_USAGE}]
  --json              one {"conversationId","turn","state","reply"} line per turn
  --now ISO           reference time with offset, e.g. 2026-11-23T09:00:00-08:00 (default: the clock)
  --conversation ID   continue a stored conversation
  --bot V             which bot answers: machine (default, or BOT) or prompt (prompt-only, needs a model)
  -h, --help          this text
In the chat: /new starts over, /quit leaves. Not a TTY: one message per line.
Reads .env and .env.local like \`pnpm dev\` (see .env.example).`;

/** True when the user asked for the usage text. */
export const wantsHelp = (argv: string[]) => argv.includes("--help") || argv.includes("-h");

/** Parsed `pnpm chat` options. */
export const ChatArgs = z.object({
  json: z.boolean(),
  now: z.iso.datetime({ offset: true }).nullable(),
  conversation: z.string().min(1).nullable(),
  /** null: the `BOT` variable decides (default machine). */
  bot: BotVariant.nullable(),
});
export type ChatArgs = z.infer<typeof ChatArgs>;

/** Parses `pnpm chat [--json] [--now ISO] [--conversation ID] [--bot V]`; throws a clear error naming the bad option. */
export function parseChatArgs(argv: string[]): ChatArgs {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== "--"),
    options: {
      json: { type: "boolean", default: false },
      now: { type: "string" },
      conversation: { type: "string" },
      bot: { type: "string" },
    },
    strict: true,
  });
  const bot = values.bot === undefined ? null : parseBotVariant(values.bot);
  const parsed = ChatArgs.safeParse({
    json: values.json ?? false,
    now: values.now ?? null,
    conversation: values.conversation ?? null,
    bot,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `--${String(issue.path[0])}: ${issue.path[0] === "now" ? "expected an ISO datetime with offset, e.g. 2026-11-23T09:00:00-08:00" : issue.message}`,
    );
  }
  return parsed.data;
}

/** The one-line JSON printed per turn with `--json`. */
export function turnJson(t: { conversationId: string; turn: number; state: string; reply: string }): string {
  return JSON.stringify({ conversationId: t.conversationId, turn: t.turn, state: t.state, reply: t.reply });
}
