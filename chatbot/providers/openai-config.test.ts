import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { describeLlmConfig, LlmConfigError, type LlmConfigSummary, parseLlmEnv, Secret } from "./openai-config";

const KEY = "sk-test-SUPERSECRET-4242";

describe("parseLlmEnv", () => {
  it.each<[string, Record<string, string | undefined>, LlmConfigSummary]>([
    ["nothing set → offline", {}, { provider: "offline" }],
    ["blank values count as unset", { OPENAI_API_KEY: " ", OPENAI_BASE_URL: "" }, { provider: "offline" }],
    ["explicit offline wins over a key", { LLM_PROVIDER: "offline", OPENAI_API_KEY: KEY }, { provider: "offline" }],
    [
      "a key → openai with defaults",
      { OPENAI_API_KEY: KEY },
      {
        provider: "openai",
        model: "gpt-4o-mini",
        baseURL: "https://api.openai.com/v1",
        apiKey: "set",
        timeoutMs: 20_000,
        maxRetries: 2,
      },
    ],
    [
      "only a base URL (Ollama) → openai with the placeholder key",
      { OPENAI_BASE_URL: "http://localhost:11434/v1/", CHAT_MODEL: "llama3.1" },
      {
        provider: "openai",
        model: "llama3.1",
        baseURL: "http://localhost:11434/v1",
        apiKey: "placeholder",
        timeoutMs: 20_000,
        maxRetries: 2,
      },
    ],
    [
      "explicit numbers",
      {
        LLM_PROVIDER: "openai",
        OPENAI_API_KEY: KEY,
        LLM_TIMEOUT_MS: "5000",
        LLM_MAX_RETRIES: "0",
        CHAT_MODEL: "gpt-4o",
      },
      {
        provider: "openai",
        model: "gpt-4o",
        baseURL: "https://api.openai.com/v1",
        apiKey: "set",
        timeoutMs: 5000,
        maxRetries: 0,
      },
    ],
    [
      "credentials in the base URL are redacted in the summary",
      { OPENAI_BASE_URL: "https://user:pw@llm.example.com/v1" },
      {
        provider: "openai",
        model: "gpt-4o-mini",
        baseURL: "https://redacted@llm.example.com/v1",
        apiKey: "placeholder",
        timeoutMs: 20_000,
        maxRetries: 2,
      },
    ],
  ])("%s", (_name, env, summary) => {
    expect(describeLlmConfig(parseLlmEnv(env))).toEqual(summary);
  });

  it.each<[string, Record<string, string>, string]>([
    ["unknown provider", { LLM_PROVIDER: "anthropic" }, "LLM_PROVIDER"],
    ["openai without key or base URL", { LLM_PROVIDER: "openai" }, "OPENAI_API_KEY"],
    ["base URL not a URL", { OPENAI_BASE_URL: "localhost:11434" }, "OPENAI_BASE_URL"],
    ["base URL with another protocol", { OPENAI_BASE_URL: "ftp://example.com/v1" }, "OPENAI_BASE_URL"],
    ["timeout not a number", { OPENAI_API_KEY: KEY, LLM_TIMEOUT_MS: "soon" }, "LLM_TIMEOUT_MS"],
    ["timeout not positive", { OPENAI_API_KEY: KEY, LLM_TIMEOUT_MS: "0" }, "LLM_TIMEOUT_MS"],
    ["retries negative", { OPENAI_API_KEY: KEY, LLM_MAX_RETRIES: "-1" }, "LLM_MAX_RETRIES"],
    ["retries fractional", { OPENAI_API_KEY: KEY, LLM_MAX_RETRIES: "1.5" }, "LLM_MAX_RETRIES"],
  ])("rejects %s, naming %s", (_name, env, variable) => {
    const attempt = () => parseLlmEnv(env);
    expect(attempt).toThrow(LlmConfigError);
    expect(attempt).toThrow(new RegExp(`^${variable}: `));
  });

  it("keeps the key usable but out of every printable form", () => {
    const config = parseLlmEnv({ OPENAI_API_KEY: KEY });
    if (config.provider !== "openai") throw new Error("expected openai");
    expect(config.apiKey.reveal()).toBe(KEY);
    for (const text of [
      JSON.stringify(config),
      String(config.apiKey),
      `${config.apiKey}`,
      inspect(config),
      JSON.stringify(describeLlmConfig(config)),
    ]) {
      expect(text).not.toContain(KEY);
    }
    expect(JSON.stringify(config)).toContain('"apiKey":"[redacted]"');
  });

  it("a Secret stays redacted when nested in logged objects", () => {
    expect(inspect({ nested: { key: new Secret(KEY) } }, { depth: 5 })).not.toContain(KEY);
  });
});
