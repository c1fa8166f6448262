import OpenAI from "openai";
import { z } from "zod";
import { createLocalChatClient, type JsonChatRequest, sharedLocalModel } from "../../chatbot/index";
import type { JudgeConfig } from "./judge";
import type { ChatMessage } from "./judge-prompt";
import type { TopLogprob } from "./verdict-score";

/** The first answer token's most probable candidates, or null when the endpoint returns no log probabilities. */
export type ScoreFn = (messages: ChatMessage[]) => Promise<TopLogprob[] | null>;

/** How many first-token candidates a scoring call asks for (OpenAI's maximum is 20). */
export const TOP_LOGPROBS = 20;

const Logprobs = z
  .object({
    choices: z
      .array(
        z.object({
          logprobs: z
            .object({
              content: z
                .array(z.object({ top_logprobs: z.array(z.object({ token: z.string(), logprob: z.number() })) }))
                .nullish(),
            })
            .nullish(),
        }),
      )
      .min(1),
  })
  .transform((r) => r.choices[0]?.logprobs?.content?.[0]?.top_logprobs ?? null);

/** The one request a scoring call sends: a one-token answer with its top log probabilities, temperature 0. */
export function scoreRequest(model: string, messages: ChatMessage[]): JsonChatRequest {
  return { model, messages, temperature: 0, max_tokens: 1, logprobs: true, top_logprobs: TOP_LOGPROBS };
}

/** The first token's top log probabilities of a chat completion response (zod-parsed), null when it has none. */
export function firstTokenLogprobs(response: unknown): TopLogprob[] | null {
  const parsed = Logprobs.safeParse(response);
  if (!parsed.success) throw new Error(`judge score response: ${parsed.error.issues[0]?.message}`);
  return parsed.data?.length ? parsed.data : null;
}

/**
 * The scoring function for a judge config: chat completions with `logprobs` on an OpenAI-compatible server, or the
 * shared local model's next-token distribution through the same request shape. A server that ignores `logprobs`
 * gives null, and the judge keeps its generated verdict.
 */
export function judgeScore(c: JudgeConfig, timeoutMs = 30_000): ScoreFn {
  if (c.provider === "local") {
    const client = createLocalChatClient(() => sharedLocalModel(c.local));
    return async (messages) =>
      firstTokenLogprobs(await client.chat.completions.create(scoreRequest(c.model, messages)));
  }
  const client = new OpenAI({ baseURL: c.baseURL, apiKey: c.apiKey, timeout: timeoutMs, maxRetries: 2 });
  return async (messages) => {
    const res = await client.chat.completions
      .create({ ...scoreRequest(c.model, messages), stream: false })
      .catch((error: unknown) => {
        // Some OpenAI-compatible servers echo the key in their error text.
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(c.apiKey.length >= 4 ? message.split(c.apiKey).join("[redacted]") : message, { cause: error });
      });
    return firstTokenLogprobs(res);
  };
}
