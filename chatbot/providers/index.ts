import { createLocalProvider } from "../local/local-provider";
import { checkModelFile, modelNameOf } from "../local/model-file";
import { sharedLocalModel } from "../local/shared-local-model";
import { createOfflineProvider } from "../offline/offline-provider";
import type { ChatProvider } from "../provider";
import { describeLlmConfig, type LlmConfig, parseLlmEnv } from "./openai-config";
import { createOpenAIProvider } from "./openai-provider";
import { PROMPT_VERSION } from "./prompts";

/** Prompt version recorded for the offline engine (its templates live in code). */
export const OFFLINE_PROMPT_VERSION = "offline-templates-v1";

/**
 * The provider registry: picks the implementation from `LLM_PROVIDER` (default openai when a key/base URL is set).
 * `local` checks the GGUF file now (a clear `ModelFileError`) and loads it on first use, once per process.
 */
export function createProvider(config: LlmConfig): { provider: ChatProvider; promptVersion: string } {
  if (config.provider === "offline")
    return { provider: createOfflineProvider(), promptVersion: OFFLINE_PROMPT_VERSION };
  if (config.provider === "local") {
    const check = checkModelFile(config.path);
    if (!check.ok) throw check.error;
    const provider = createLocalProvider({
      model: () => sharedLocalModel(config),
      modelName: modelNameOf(config.path),
      timeoutMs: config.timeoutMs,
    });
    return { provider, promptVersion: PROMPT_VERSION };
  }
  return {
    provider: createOpenAIProvider({
      baseURL: config.baseURL,
      apiKey: config.apiKey.reveal(),
      model: config.model,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
    }),
    promptVersion: PROMPT_VERSION,
  };
}

/** Reads the LLM environment and creates the provider. */
export function createProviderFromEnv(env: Record<string, string | undefined> = process.env) {
  const config = parseLlmEnv(env);
  return { ...createProvider(config), config: describeLlmConfig(config) };
}

export { estimateCostUsd } from "./cost";
export { describeLlmConfig, type LlmConfig, parseLlmEnv } from "./openai-config";
export { createOpenAIProvider } from "./openai-provider";
export { isProviderError, ProviderError } from "./provider-error";
