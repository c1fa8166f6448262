import { availableParallelism } from "node:os";
import { z } from "zod";
import { DEFAULT_LOCAL_MODEL_PATH, LOCAL_CONTEXT_SIZE, type LocalModelConfig } from "../local/local-config";
import { modelNameOf } from "../local/model-file";

/** One thread fewer than the cores (llama.cpp threads spin and starve everything else on a small machine). */
function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Placeholder key for keyless OpenAI-compatible servers (Ollama, vLLM, LM Studio); the SDK insists on some key. */
export const PLACEHOLDER_API_KEY = "not-needed";

/** An API key that prints, serialises and inspects as "[redacted]"; only `reveal()` gives the value. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The secret itself: call only where it is handed to the SDK client. */
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return "[redacted]";
  }
  toJSON(): string {
    return "[redacted]";
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "[redacted]";
  }
}

/** LLM settings read from the environment at startup. */
export type LlmConfig =
  | { provider: "offline" }
  | ({ provider: "local" } & LocalModelConfig)
  | {
      provider: "openai";
      model: string;
      /** `undefined` means the SDK default (https://api.openai.com/v1). */
      baseURL: string | undefined;
      apiKey: Secret;
      /** True when `apiKey` is the placeholder for a keyless local server. */
      placeholderKey: boolean;
      timeoutMs: number;
      maxRetries: number;
    };

/** A loggable view of the config: never contains the key. */
export type LlmConfigSummary =
  | { provider: "offline" }
  | ({ provider: "local"; model: string } & LocalModelConfig)
  | {
      provider: "openai";
      model: string;
      baseURL: string;
      apiKey: "set" | "placeholder";
      timeoutMs: number;
      maxRetries: number;
    };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** The environment variables this module reads; blank values count as unset. */
export const LlmEnv = z.object({
  LLM_PROVIDER: opt(z.enum(["openai", "offline", "local"])),
  LOCAL_MODEL_PATH: opt(z.string().trim().min(1)),
  LOCAL_MODEL_THREADS: opt(z.coerce.number().int().min(1).max(64)),
  LOCAL_MODEL_SEQUENCES: opt(z.coerce.number().int().min(1).max(16)),
  CHAT_MODEL: opt(z.string().trim().min(1)),
  OPENAI_BASE_URL: opt(z.url({ protocol: /^https?$/ })),
  OPENAI_API_KEY: opt(z.string().trim().min(1)),
  LLM_TIMEOUT_MS: opt(z.coerce.number().int().positive()),
  LLM_MAX_RETRIES: opt(z.coerce.number().int().min(0).max(10)),
});

/** Error for a bad or missing LLM environment variable; the message names the variable, never its secret value. */
export class LlmConfigError extends Error {
  override readonly name = "LlmConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

/** Parses LLM settings from an env record (pure; pass `process.env` at startup). Throws `LlmConfigError`. */
export function parseLlmEnv(env: Record<string, string | undefined>): LlmConfig {
  const parsed = LlmEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    // Report the rule only: the offending value could be a secret.
    throw new LlmConfigError(variable, issue.message);
  }
  const e = parsed.data;
  const provider = e.LLM_PROVIDER ?? (e.OPENAI_API_KEY || e.OPENAI_BASE_URL ? "openai" : "offline");
  if (provider === "offline") return { provider };
  if (provider === "local") {
    return {
      provider,
      path: e.LOCAL_MODEL_PATH ?? DEFAULT_LOCAL_MODEL_PATH,
      threads: e.LOCAL_MODEL_THREADS ?? defaultThreads(),
      sequences: e.LOCAL_MODEL_SEQUENCES ?? 2,
      contextSize: LOCAL_CONTEXT_SIZE,
      timeoutMs: e.LLM_TIMEOUT_MS ?? 60_000,
    };
  }
  if (!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    throw new LlmConfigError(
      "OPENAI_API_KEY",
      "required when LLM_PROVIDER=openai (or set OPENAI_BASE_URL for a keyless OpenAI-compatible server)",
    );
  }
  return {
    provider,
    model: e.CHAT_MODEL ?? "gpt-4o-mini",
    baseURL: e.OPENAI_BASE_URL?.replace(/\/+$/, ""),
    apiKey: new Secret(e.OPENAI_API_KEY ?? PLACEHOLDER_API_KEY),
    placeholderKey: !e.OPENAI_API_KEY,
    timeoutMs: e.LLM_TIMEOUT_MS ?? 20_000,
    maxRetries: e.LLM_MAX_RETRIES ?? 2,
  };
}

/** The redacted, loggable view of a config (for startup logs, traces and /health). */
export function describeLlmConfig(config: LlmConfig): LlmConfigSummary {
  if (config.provider === "offline") return { provider: "offline" };
  if (config.provider === "local") return { ...config, model: modelNameOf(config.path) };
  return {
    provider: "openai",
    model: config.model,
    baseURL: redactUrlCredentials(config.baseURL ?? "https://api.openai.com/v1"),
    apiKey: config.placeholderKey ? "placeholder" : "set",
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
  };
}

function redactUrlCredentials(url: string): string {
  const u = new URL(url);
  if (!u.username && !u.password) return url;
  u.username = "redacted";
  u.password = "";
  return u.toString().replace(/\/+$/, "");
}
