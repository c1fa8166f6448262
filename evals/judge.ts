import OpenAI from "openai";
import { z } from "zod";
import { type Handbook, handbook } from "../knowledge-base/index";
import { redactSecrets } from "../traces/index";
import { type JudgeAnswer, JudgeAnswer as JudgeAnswerSchema, type JudgeCache } from "./judge-cache";
import { buildJudgeSystemPrompt, type ChatMessage, type FewShot, judgeMessages, traceHash } from "./judge-prompt";
import type { FailureMode, Transcript } from "./schema";

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
  model: string;
  promptHash: string;
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

/** Creates a judge for a mode over an injected completion function and cache; `now` stamps cache rows. */
export function createJudge(o: {
  mode: FailureMode;
  shots: FewShot[];
  model: string;
  complete: CompleteFn;
  cache: JudgeCache;
  now: () => string;
  h?: Handbook;
}): Judge {
  const system = buildJudgeSystemPrompt(o.h ?? handbook, o.mode, o.shots);
  return {
    id: `judge-${o.mode}`,
    mode: o.mode,
    model: o.model,
    promptHash: system.hash,
    async judge(t) {
      const th = traceHash(t);
      const hit = o.cache.get(system.hash, th);
      if (hit) return { ...hit, turn: hit.turn ?? null, cached: true, promptHash: system.hash, traceHash: th };
      let text: string;
      try {
        text = await o.complete(judgeMessages(system.content, t));
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
      o.cache.put(system.hash, th, parsed.answer, o.model, o.now());
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
  OPENAI_API_KEY: z.preprocess(blank, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(blank, z.url({ protocol: /^https?$/ }).optional()),
  JUDGE_MODEL: z.preprocess(blank, z.string().default("gpt-4o-mini")),
});

/** Judge settings from the environment; null (judges off) without a key or base URL, or with JUDGE_MODEL=off. */
export function judgeConfig(
  env: Record<string, string | undefined>,
): { baseURL: string | undefined; apiKey: string; model: string } | null {
  const parsed = JudgeEnv.safeParse(env);
  if (!parsed.success)
    throw new Error(`${String(parsed.error.issues[0]?.path[0])}: ${parsed.error.issues[0]?.message}`);
  const e = parsed.data;
  if ((!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) || e.JUDGE_MODEL === "off") return null;
  return {
    baseURL: e.OPENAI_BASE_URL?.replace(/\/+$/, ""),
    apiKey: e.OPENAI_API_KEY ?? "not-needed",
    model: e.JUDGE_MODEL,
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
