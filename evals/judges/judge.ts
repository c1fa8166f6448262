import OpenAI from "openai";
import { z } from "zod";
import {
  createLocalChatClient,
  type LocalModelConfig,
  localModelName,
  parseLlmEnv,
  sharedLocalModel,
} from "../../chatbot/index";
import { type Handbook, handbook } from "../../knowledge-base/index";
import { redactSecrets } from "../../traces/index";
import type { FailureMode, Transcript } from "../schema";
import { type JudgeAnswer, JudgeAnswer as JudgeAnswerSchema, type JudgeCache, judgeCacheKey } from "./judge-cache";
import {
  buildJudgeSystemPrompt,
  type ChatMessage,
  type FewShot,
  handbookVersion,
  judgeMessages,
  traceHash,
} from "./judge-prompt";

/** A judge verdict; `error` (unparsable output or a failed call) is counted apart, never as pass or fail. */
export type JudgeVerdict =
  | {
      verdict: "pass" | "fail";
      critique: string;
      turn: number | null;
      cached: boolean;
      promptHash: string;
      traceHash: string;
    }
  | { verdict: "error"; error: string; promptHash: string; traceHash: string };

/** The one call a judge makes: chat messages in, the model's text out. */
export type CompleteFn = (messages: ChatMessage[]) => Promise<string>;

/** A binary LLM judge for one failure mode. */
export interface Judge {
  id: string;
  mode: FailureMode;
  /** Where the judge runs ("openai", "local", or a test double's name), reported in the eval summary. */
  provider: string;
  model: string;
  promptHash: string;
  /** The judge's version on stored verdicts: its cache key (model, prompt hash, handbook version). */
  version: string;
  judge(t: Transcript): Promise<JudgeVerdict>;
}

/** Parses the model's text as a judge answer (tolerating a fenced code block), or says why it cannot. */
export function parseJudgeAnswer(text: string): { ok: true; answer: JudgeAnswer } | { ok: false; error: string } {
  const body = text.trim().replace(/^```(?:json)?\s*|\s*```$/g, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: `unparsable judge output: ${text.slice(0, 120)}` };
  }
  const parsed = JudgeAnswerSchema.safeParse(json);
  return parsed.success
    ? { ok: true, answer: parsed.data }
    : { ok: false, error: `judge output does not match the schema: ${parsed.error.issues[0]?.message}` };
}

/** Creates a judge for a seed mode over an injected completion function and cache; `now` stamps cache rows. */
export function createJudge(o: {
  mode: FailureMode;
  shots: FewShot[];
  provider?: string;
  model: string;
  complete: CompleteFn;
  cache: JudgeCache;
  now: () => string;
  h?: Handbook;
}): Judge {
  const h = o.h ?? handbook;
  const system = buildJudgeSystemPrompt(h, o.mode, o.shots);
  return { ...createPromptJudge({ ...o, id: `judge-${o.mode}`, system, h }), mode: o.mode };
}

/** A judge of any failure mode (seed or made on the axial board) over a ready system prompt: no mode type attached. */
export type PromptJudge = Omit<Judge, "mode">;

/** Creates a judge from a built system prompt (`buildModeJudgePrompt`); verdicts are cached like `createJudge`'s. */
export function createPromptJudge(o: {
  id: string;
  system: { content: string; hash: string };
  provider?: string;
  model: string;
  complete: CompleteFn;
  cache: JudgeCache;
  now: () => string;
  h?: Handbook;
}): PromptJudge {
  const h = o.h ?? handbook;
  const { system } = o;
  const key = judgeCacheKey({ model: o.model, promptHash: system.hash, handbookVersion: handbookVersion(h) });
  return {
    id: o.id,
    provider: o.provider ?? "openai",
    model: o.model,
    promptHash: system.hash,
    version: key,
    async judge(t) {
      const th = traceHash(t);
      const hit = o.cache.get(key, th);
      if (hit) return { ...hit, turn: hit.turn ?? null, cached: true, promptHash: system.hash, traceHash: th };
      let text: string;
      try {
        text = await o.complete(judgeMessages(system.content, t, h));
      } catch (error) {
        return {
          verdict: "error",
          error: redactSecrets(`judge call failed: ${(error as Error).message}`),
          promptHash: system.hash,
          traceHash: th,
        };
      }
      const parsed = parseJudgeAnswer(text);
      // The model's answer can echo what it was sent, keys included: the stored reason never keeps a secret.
      if (!parsed.ok)
        return { verdict: "error", error: redactSecrets(parsed.error), promptHash: system.hash, traceHash: th };
      o.cache.put(key, th, parsed.answer, o.model, o.now());
      return {
        ...parsed.answer,
        turn: parsed.answer.turn ?? null,
        cached: false,
        promptHash: system.hash,
        traceHash: th,
      };
    },
  };
}

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const JudgeEnv = z.object({
  LLM_PROVIDER: z.preprocess(blank, z.string().optional()),
  OPENAI_API_KEY: z.preprocess(blank, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(blank, z.url({ protocol: /^https?$/ }).optional()),
  JUDGE_MODEL: z.preprocess(blank, z.string().default("gpt-4o-mini")),
});

/** Where judge calls go: an OpenAI-compatible server, or the process's shared local model. */
export type JudgeConfig =
  | { provider: "openai"; baseURL: string | undefined; apiKey: string; model: string }
  | { provider: "local"; model: string; local: LocalModelConfig };

/**
 * Judge settings from the environment; null (judges off) with JUDGE_MODEL=off, or without a model: LLM_PROVIDER=local
 * judges on the local GGUF (the same one as the bot, loaded once), else a key or base URL selects an OpenAI server.
 */
export function judgeConfig(env: Record<string, string | undefined>): JudgeConfig | null {
  const parsed = JudgeEnv.safeParse(env);
  if (!parsed.success)
    throw new Error(`${String(parsed.error.issues[0]?.path[0])}: ${parsed.error.issues[0]?.message}`);
  const e = parsed.data;
  if (e.JUDGE_MODEL === "off") return null;
  if (e.LLM_PROVIDER === "local") {
    const llm = parseLlmEnv(env);
    if (llm.provider !== "local") return null;
    return { provider: "local", model: localModelName(llm.path), local: llm };
  }
  if (!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) return null;
  return {
    provider: "openai",
    baseURL: e.OPENAI_BASE_URL?.replace(/\/+$/, ""),
    apiKey: e.OPENAI_API_KEY ?? "not-needed",
    model: e.JUDGE_MODEL,
  };
}

/** The judge answer as a JSON schema for a grammar: verdict first (a small model may not finish a long critique). */
export const JUDGE_ANSWER_JSON_SCHEMA = {
  type: "object",
  properties: {
    verdict: { enum: ["pass", "fail"] },
    turn: { type: ["integer", "null"] },
    critique: { type: "string", maxLength: 400 },
  },
  required: ["verdict", "turn", "critique"],
  additionalProperties: false,
} as const;

/** The completion function for a judge config: OpenAI-compatible HTTP, or the shared local model with a grammar. */
export function judgeComplete(c: JudgeConfig): CompleteFn {
  if (c.provider === "openai") return openAIComplete(c);
  const client = createLocalChatClient(() => sharedLocalModel(c.local));
  return async (messages) => {
    const res = await client.chat.completions.create({
      model: c.model,
      temperature: 0,
      max_tokens: 300,
      messages,
      response_format: { type: "json_schema", json_schema: { name: "judge", schema: JUDGE_ANSWER_JSON_SCHEMA } },
    });
    return res.choices[0]?.message?.content ?? "";
  };
}

/** The production completion function: OpenAI-compatible chat completions, temperature 0, JSON output. */
export function openAIComplete(c: {
  baseURL: string | undefined;
  apiKey: string;
  model: string;
  timeoutMs?: number;
}): CompleteFn {
  const client = new OpenAI({ baseURL: c.baseURL, apiKey: c.apiKey, timeout: c.timeoutMs ?? 30_000, maxRetries: 2 });
  return async (messages) => {
    const res = await client.chat.completions
      .create({ model: c.model, temperature: 0, response_format: { type: "json_object" }, messages })
      .catch((error: unknown) => {
        // The SDK's message repeats the server's error text, and some OpenAI-compatible servers echo the key in it.
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(c.apiKey.length >= 4 ? message.split(c.apiKey).join("[redacted]") : message, { cause: error });
      });
    const content = res.choices[0]?.message?.content;
    if (content == null) throw new Error(res.choices[0]?.message?.refusal ?? "empty judge response");
    return content;
  };
}
