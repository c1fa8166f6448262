import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";
import { noopTracer } from "./noop-tracer";
import { loadKnowledgeBase } from "../knowledge-base/index";
import { defaultDatabasePath, openTraceStore, redactSecrets, startTracing, type TraceStore } from "../traces/index";
import type { ChatProvider } from "./provider";
import { createProviderFromEnv } from "./providers/index";
import { type ChatRuntime, createChatRuntime } from "./runtime";
import { createTurnWriter } from "./turn-writer";

/** Options of the production runtime factory. */
export interface RuntimeOptions {
  databasePath?: string;
  tracing?: boolean;
  provider?: { provider: ChatProvider; promptVersion: string };
  store?: TraceStore;
  env?: Record<string, string | undefined>;
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

/** Production wiring: SQLite store from DATABASE_PATH, provider from env, OTel spans into SQLite. Server-only. */
export function createRuntime(opts: RuntimeOptions = {}): ChatRuntime & { close(): Promise<void> } {
  const env = opts.env ?? process.env;
  const path = opts.databasePath ?? defaultDatabasePath(env as NodeJS.ProcessEnv);
  const store = opts.store ?? openTraceStore(path, { background: true });
  const { provider, promptVersion } = opts.provider ?? createProviderFromEnv(env);
  const tracingOn = opts.tracing ?? true;
  const tracing = tracingOn ? startTracing({ store, serviceName: "jos-bike-shop" }) : null;
  const deadLetterPath = path === ":memory:" ? null : `${path}.deadletter.jsonl`;
  const writer = createTurnWriter(store, logError, (w, error) => {
    if (!deadLetterPath) return;
    mkdirSync(dirname(deadLetterPath), { recursive: true });
    appendFileSync(deadLetterPath, `${JSON.stringify({ error: String(error), write: w })}\n`);
  });
  const runtime = createChatRuntime({
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
  });
  return {
    ...runtime,
    async close() {
      writer.drain();
      if (!opts.store) store.close();
    },
  };
}
