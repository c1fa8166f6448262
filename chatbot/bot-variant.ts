import { z } from "zod";

/**
 * Which bot answers: `machine` (the xstate machine: code resolves dates and validates bookings; the default) or
 * `prompt` (one LLM call with the handbook in the system prompt, no machine validation; see decision 005).
 */
export const BotVariant = z.enum(["machine", "prompt"]);
export type BotVariant = z.infer<typeof BotVariant>;

/** The variants as a usage fragment, e.g. for `--bot machine|prompt`. */
export const BOT_VARIANTS_USAGE = BotVariant.options.join("|");

/** Parses a `--bot` value or the `BOT` variable (blank or absent: the default `machine`); throws `BotConfigError`. */
export function parseBotVariant(value: string | undefined, source = "--bot"): BotVariant {
  if (value === undefined || value.trim() === "") return "machine";
  const parsed = BotVariant.safeParse(value.trim());
  if (!parsed.success) throw new BotConfigError(`${source}: unknown bot "${value}"; expected ${BOT_VARIANTS_USAGE}`);
  return parsed.data;
}

/** The variant recorded on a conversation's metadata; conversations stored before variants existed are `machine`. */
export function conversationBot(metadata: Record<string, unknown>): BotVariant {
  const parsed = BotVariant.safeParse(metadata.bot);
  return parsed.success ? parsed.data : "machine";
}

/** Thrown at start-up when the chosen bot cannot run on the configured provider (e.g. `prompt` with no model). */
export class BotConfigError extends Error {
  override readonly name = "BotConfigError";
}

/** The error for `--bot prompt` on a provider with no free-form chat: names the variables that configure a model. */
export function promptBotNeedsModel(providerName: string): BotConfigError {
  const why =
    providerName === "offline"
      ? "the offline engine has no language model"
      : `provider "${providerName}" does not implement free-form replies (ChatProvider.respond)`;
  return new BotConfigError(
    `the prompt-only bot (--bot prompt / BOT=prompt) needs a language model, but ${why}. Configure one: ` +
      "LLM_PROVIDER=openai with OPENAI_BASE_URL (any OpenAI-compatible server) or OPENAI_API_KEY, " +
      "or LLM_PROVIDER=local with LOCAL_MODEL_PATH (a GGUF file; `pnpm model pull`).",
  );
}

/** Throws `BotConfigError` when `bot` cannot run on `provider` (the prompt-only bot needs `respond`, i.e. a model). */
export function checkBotProvider(bot: BotVariant, provider: { name: string; respond?: unknown }): void {
  if (bot === "prompt" && !provider.respond) throw promptBotNeedsModel(provider.name);
}

/** The refusal for continuing a conversation held by another variant: each bot only reads its own saved state. */
export function wrongBotError(conversationId: string, held: BotVariant, running: BotVariant) {
  return {
    code: "unknown_conversation" as const,
    message: `Conversation "${conversationId}" was held by the ${held} bot; this one runs the ${running} bot. Start a new conversation.`,
  };
}
