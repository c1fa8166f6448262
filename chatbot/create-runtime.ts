import { randomBytes } from "node:crypto";
import { loadKnowledgeBase } from "../knowledge-base/index";
import { defaultDatabasePath, openTraceStore, redactSecrets, startTracing, type TraceStore } from "../traces/index";
import { type BotVariant, checkBotProvider, parseBotVariant } from "./bot-variant";
import { createDeadLetter } from "./dead-letter";
import { captureMessageContent } from "./gen-ai-attributes";
import { noopTracer } from "./noop-tracer";
import { createPromptRuntime } from "./prompt-bot/prompt-runtime";
import type { ChatProvider } from "./provider";
import { createProviderFromEnv } from "./providers/index";
import { type ChatRuntime, type ChatRuntimeDeps, createChatRuntime } from "./runtime";
import { createTurnWriter } from "./turn-writer";

/** Options of the production runtime factory. */
export interface RuntimeOptions {
  databasePath?: string;
  tracing?: boolean;
  provider?: { provider: ChatProvider; promptVersion: string };
  store?: TraceStore;
  env?: Record<string, string | undefined>;
  /** Which bot answers; defaults to the `BOT` variable, then `machine`. */
  bot?: BotVariant;
}

/** Random id with a prefix, e.g. "c_3f9a…" for conversations, "BK-7K2Q9X" for bookings. */
export function newId(prefix: "c" | "BK"): string {
  if (prefix === "BK") return `BK-${randomBytes(4).toString("hex").toUpperCase().slice(0, 6)}`;
  return `c_${Date.now().toString(36)}${randomBytes(5).toString("hex")}`;
}

function logError(msg: string, error: unknown) {
  const cause = error instanceof Error ? error.message : String(error);
  process.stderr.write(redactSecrets(`[bikeshop] ${msg}: ${cause}\n`));
}

/**
 * Production wiring: SQLite store from DATABASE_PATH, provider from env, OTel spans into SQLite (and an OTLP collector
 * when the OTel variables name one), the bot variant from `opts.bot` or `BOT`. Throws `BotConfigError` for
 * `BOT=prompt` without a model, before opening anything. `close()` drains writes, flushes and shuts this runtime's
 * tracing down, then closes the store it opened. Server-only.
 */
export function createRuntime(
  opts: RuntimeOptions = {},
): ChatRuntime & { bot: BotVariant; flush(): Promise<void>; close(): Promise<void> } {
  const env = opts.env ?? process.env;
  const bot = opts.bot ?? parseBotVariant(env.BOT, "BOT");
  const { provider, promptVersion } = opts.provider ?? createProviderFromEnv(env);
  checkBotProvider(bot, provider);
  const path = opts.databasePath ?? defaultDatabasePath(env as NodeJS.ProcessEnv);
  const store = opts.store ?? openTraceStore(path, { background: true });
  const tracingOn = opts.tracing ?? true;
  const tracing = tracingOn ? startTracing({ store, serviceName: "jos-bike-shop", env }) : null;
  // Beside the store actually written to (an injected one included), never beside DATABASE_PATH's default.
  const writer = createTurnWriter(store, logError, createDeadLetter(store.path));
  const deps: ChatRuntimeDeps = {
    store,
    writer,
    provider,
    promptVersion,
    kb: loadKnowledgeBase(),
    tracer: tracing?.tracer ?? noopTracer,
    spans: tracing?.exporter ?? null,
    clock: () => new Date(),
    newId,
    appVersion: env.npm_package_version ?? "0.1.0",
    redactPii: env.TRACE_REDACT_PII === "1",
    captureContent: captureMessageContent(env),
  };
  const runtime = bot === "prompt" ? createPromptRuntime(deps) : createChatRuntime(deps);
  return {
    ...runtime,
    bot,
    /** Sends buffered spans to the collector now (the server on SIGTERM, while Next.js drains requests). */
    async flush() {
      await tracing?.forceFlush();
    },
    async close() {
      writer.drain();
      // Before the store closes: shutdown writes still-held spans to it and flushes the OTLP batch.
      await tracing?.shutdown();
      if (!opts.store) store.close();
    },
  };
}
