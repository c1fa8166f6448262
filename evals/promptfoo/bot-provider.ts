import { createRuntime } from "../../chatbot/index";
import { openTraceStore } from "../../traces/index";

/** What the bot provider returns to promptfoo: the whole conversation it held, as JSON text. */
export interface BotOutput {
  now: string;
  messages: { role: "user" | "assistant"; content: string }[];
  states: string[];
}

/**
 * A promptfoo custom provider that runs our bot (offline engine unless a model is configured) on the user turns in
 * `vars.turns` (JSON array; the prompt itself when absent) at `vars.now`, in an in-memory store.
 */
export function createBotProvider(opts: { id?: string; env?: Record<string, string | undefined> } = {}) {
  return {
    id: () => opts.id ?? "jos-bike-shop-bot",
    async callApi(prompt: string, context?: { vars?: Record<string, unknown> }) {
      const vars = context?.vars ?? {};
      const turns: string[] = typeof vars.turns === "string" ? JSON.parse(vars.turns) : [prompt];
      const now = typeof vars.now === "string" ? vars.now : new Date().toISOString();
      const store = openTraceStore(":memory:");
      const runtime = createRuntime({ store, tracing: false, env: opts.env ?? process.env });
      const out: BotOutput = { now, messages: [], states: [] };
      let conversationId: string | undefined;
      try {
        for (const message of turns) {
          const r = await runtime.runTurn({ conversationId, message, now, source: "eval" });
          if (!r.ok) return { error: r.error.message };
          conversationId = r.turn.conversationId;
          out.messages.push({ role: "user", content: message }, { role: "assistant", content: r.turn.reply });
          out.states.push(r.turn.state);
        }
      } finally {
        await runtime.close();
        store.close();
      }
      return { output: JSON.stringify(out) };
    },
  };
}
