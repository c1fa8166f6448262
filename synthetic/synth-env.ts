import { z } from "zod";
import { type LocalModelConfig, localModelName, parseLlmEnv } from "../chatbot/index";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** The environment the generator reads (the bot reads its own via the chatbot's config). */
export const SynthEnv = z.object({
  LLM_PROVIDER: opt(z.enum(["openai", "offline", "local"])),
  OPENAI_BASE_URL: opt(z.url({ protocol: /^https?$/ })),
  OPENAI_API_KEY: opt(z.string().trim().min(1)),
  /** Model of the query writer and the simulated customer (never the bot's call config). */
  SYNTH_MODEL: opt(z.string().trim().min(1)),
});

/** Where the generator's own LLM calls go; `null` means offline (templates + scripted users). */
export type SynthLlmConfig =
  | { baseURL: string | undefined; apiKey: string; model: string }
  | { local: LocalModelConfig; model: string }
  | null;

/**
 * Reads the generator's LLM settings: same endpoint and key as the bot, model from SYNTH_MODEL (default gpt-4o-mini);
 * with LLM_PROVIDER=local, the local GGUF.
 */
export function synthLlmConfig(env: Record<string, string | undefined>): SynthLlmConfig {
  const parsed = SynthEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Name the variable and the rule only: the value may be a secret.
    throw new Error(`${String(issue?.path[0] ?? "environment")}: ${issue?.message ?? "invalid"}`);
  }
  const e = parsed.data;
  if (e.LLM_PROVIDER === "local") {
    // The process's shared local model (the bot's own GGUF, loaded once); its own temperature and prompts.
    const llm = parseLlmEnv(env);
    return llm.provider === "local" ? { local: llm, model: localModelName(llm.path) } : null;
  }
  if (e.LLM_PROVIDER === "offline" || (!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL)) return null;
  return {
    baseURL: e.OPENAI_BASE_URL?.replace(/\/+$/, ""),
    apiKey: e.OPENAI_API_KEY ?? "not-needed",
    model: e.SYNTH_MODEL ?? "gpt-4o-mini",
  };
}
