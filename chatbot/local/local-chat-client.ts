import type { ChatCompletion } from "openai/resources/chat/completions";
import type { LocalMessage, LocalModel } from "./local-model";

/** The one request shape the harness's JSON callers (judges, simulated users, writers, axial suggestions) send. */
export interface JsonChatRequest {
  model: string;
  messages: LocalMessage[];
  temperature?: number | null;
  max_tokens?: number | null;
  response_format?:
    | { type: "json_object" }
    | { type: "json_schema"; json_schema: { name: string; schema?: Record<string, unknown> } }
    | { type: "text" };
  /** With `top_logprobs`: answer with one token and the most probable first tokens (how a judge verdict is scored). */
  logprobs?: boolean | null;
  top_logprobs?: number | null;
}

/** The part of the OpenAI client those callers use: non-streaming chat completions. The OpenAI SDK satisfies it. */
export interface JsonChatClient {
  chat: { completions: { create(body: JsonChatRequest): Promise<ChatCompletion> } };
  /**
   * True when a `json_schema` response format is enforced while generating (a grammar), so callers should send their
   * schema rather than plain JSON mode: a small local model gets the right keys only that way.
   */
  readonly enforcesJsonSchema?: boolean;
}

/** Output limit of a JSON answer when the caller sets none (a judge critique, a customer message, a grouping). */
export const DEFAULT_JSON_MAX_TOKENS = 400;

/**
 * An OpenAI-shaped client over the shared local model, so the harness's JSON callers run on it unchanged:
 * `json_object` → a JSON grammar, `json_schema` → that schema's grammar, usage from the model's tokenizer,
 * finish_reason "length" when the token limit cut the answer (the caller's parser then reports it). With `logprobs`
 * and `top_logprobs` it generates nothing: it reads the next-token distribution after the prompt and answers with its
 * most probable token and the `top_logprobs` list, as an OpenAI server does for a one-token answer.
 */
export function createLocalChatClient(model: () => Promise<LocalModel>): JsonChatClient {
  return {
    enforcesJsonSchema: true,
    chat: {
      completions: {
        async create(body) {
          const m = await model();
          if (body.logprobs && body.top_logprobs) return nextTokenCompletion(m, body, body.top_logprobs);
          const format = body.response_format;
          const started = Date.now();
          const r = await m.complete({
            messages: body.messages.map((x) => ({ role: x.role, content: String(x.content) })),
            schema: format?.type === "json_schema" ? format.json_schema.schema : undefined,
            json: format?.type === "json_object",
            temperature: body.temperature ?? 0,
            maxTokens: body.max_tokens ?? DEFAULT_JSON_MAX_TOKENS,
          });
          return completion(m, started, r.text, r.stopReason === "max_tokens" ? "length" : "stop", null, {
            input: r.inputTokens,
            output: r.outputTokens,
          });
        },
      },
    },
  };
}

/** A one-token chat completion carrying the first token's top log probabilities (OpenAI's `logprobs` shape). */
async function nextTokenCompletion(m: LocalModel, body: JsonChatRequest, top: number): Promise<ChatCompletion> {
  const started = Date.now();
  const r = await m.nextTokens({
    messages: body.messages.map((x) => ({ role: x.role, content: String(x.content) })),
    top,
  });
  const first = r.top[0] ?? { token: "", logprob: 0 };
  const entry = (t: { token: string; logprob: number }) => ({ token: t.token, logprob: t.logprob, bytes: null });
  const logprobs = { content: [{ ...entry(first), top_logprobs: r.top.map(entry) }], refusal: null };
  return completion(m, started, first.token, "length", logprobs, { input: r.inputTokens, output: 1 });
}

/** The OpenAI chat-completion envelope around one local answer. */
function completion(
  m: LocalModel,
  started: number,
  content: string,
  finish: "length" | "stop",
  logprobs: ChatCompletion.Choice["logprobs"],
  tokens: { input: number; output: number },
): ChatCompletion {
  return {
    id: `local-${started}`,
    object: "chat.completion",
    created: Math.floor(started / 1000),
    model: m.name,
    choices: [{ index: 0, logprobs, finish_reason: finish, message: { role: "assistant", content, refusal: null } }],
    usage: {
      prompt_tokens: tokens.input,
      completion_tokens: tokens.output,
      total_tokens: tokens.input + tokens.output,
    },
  };
}
