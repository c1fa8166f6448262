import {
  type BotVariant,
  checkBotProvider,
  createProviderFromEnv,
  createRuntime,
  parseBotVariant,
} from "../../chatbot/index";
import { openTraceStore } from "../../traces/index";

/** The whole conversation the bot provider held: promptfoo gets it as response metadata (`transcript`). */
export interface BotOutput {
  now: string;
  messages: { role: "user" | "assistant"; content: string }[];
  states: string[];
}

/** The reply text promptfoo shows in its output cell: the reply itself, or each turn's reply numbered. */
export function replyText(out: BotOutput): string {
  const replies = out.messages.filter((m) => m.role === "assistant").map((m) => m.content);
  return replies.length === 1 ? (replies[0] ?? "") : replies.map((r, i) => `[${i + 1}] ${r}`).join("\n\n");
}

/**
 * A promptfoo custom provider that runs our bot (`bot`: machine or prompt, default `BOT` then machine; offline engine
 * unless a model is configured) on the user turns in `vars.turns` (JSON array; the prompt itself when absent) at
 * `vars.now`, in an in-memory store. Its id names the variant and model ("machine:gpt-4o-mini") so promptfoo's view
 * compares bot variants × models side by side. Throws `BotConfigError` at once for a prompt bot without a model. Its
 * response is the reply text with the turns' measured token usage, latency and cost (0 tokens offline: nothing is
 * invented), and the transcript as metadata for the handbook assertion.
 */
export function createBotProvider(
  opts: { id?: string; env?: Record<string, string | undefined>; bot?: BotVariant } = {},
) {
  const env = opts.env ?? process.env;
  const bot = opts.bot ?? parseBotVariant(env.BOT, "BOT");
  // One provider for every test case: a local model is loaded once, not per conversation.
  const { provider, promptVersion } = createProviderFromEnv(env);
  checkBotProvider(bot, provider);
  return {
    id: () => opts.id ?? `${bot}:${provider.model}`,
    async callApi(prompt: string, context?: { vars?: Record<string, unknown> }) {
      const vars = context?.vars ?? {};
      const turns: string[] = typeof vars.turns === "string" ? JSON.parse(vars.turns) : [prompt];
      const now = typeof vars.now === "string" ? vars.now : new Date().toISOString();
      const store = openTraceStore(":memory:");
      const runtime = createRuntime({ store, tracing: false, env, bot, provider: { provider, promptVersion } });
      const out: BotOutput = { now, messages: [], states: [] };
      let conversationId: string | undefined;
      let rows: ReturnType<typeof store.getTurns> = [];
      try {
        for (const message of turns) {
          const r = await runtime.runTurn({ conversationId, message, now, source: "eval" });
          if (!r.ok) return { error: r.error.message };
          conversationId = r.turn.conversationId;
          out.messages.push({ role: "user", content: message }, { role: "assistant", content: r.turn.reply });
          out.states.push(r.turn.state);
        }
      } finally {
        await runtime.close(); // drains the turn writes, so the rows read next are complete
        rows = conversationId ? store.getTurns(conversationId) : [];
        store.close();
      }
      const promptTokens = rows.reduce((n, t) => n + t.inputTokens, 0);
      const completion = rows.reduce((n, t) => n + t.outputTokens, 0);
      return {
        output: replyText(out),
        tokenUsage: {
          prompt: promptTokens,
          completion,
          total: promptTokens + completion,
          numRequests: rows.reduce((n, t) => n + t.llmCalls.length, 0),
        },
        cost: rows.reduce((n, t) => n + t.costUsd, 0),
        latencyMs: Math.round(rows.reduce((n, t) => n + t.latencyMs, 0)),
        metadata: { transcript: out },
      };
    },
  };
}
