import OpenAI, { APIError } from "openai";
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import type {
  ChatProvider,
  ReplyInput,
  RequestParameters,
  RespondInput,
  TokenSink,
  UnderstandInput,
} from "../provider";
import type { LlmCall, Understanding } from "../schema";
import { buildReplyMessages, buildRespondMessages, buildUnderstandMessages } from "./build-messages";
import { classifySdkError, ProviderError, type ProviderErrorKind, safeMessage } from "./provider-error";
import { parseUnderstandingContent, UNDERSTANDING_JSON_SCHEMA } from "./understanding-json-schema";

/** Settings of the OpenAI-compatible provider; `client` and `now` are injectable for tests and benchmarks. */
export interface OpenAIProviderOptions {
  /** A ready client; when given, `baseURL`/`apiKey` are not used, but timeout and retries still apply per request. */
  client?: OpenAI;
  /** `undefined` means the SDK default (https://api.openai.com/v1). */
  baseURL?: string;
  apiKey: string;
  model: string;
  /** SDK timeout per attempt (until response headers), and the idle limit between streamed chunks. */
  timeoutMs: number;
  /** SDK retries for 408/409/429/5xx and connection errors, with backoff honouring retry-after. */
  maxRetries: number;
  /** Monotonic clock in ms for latency. */
  now?: () => number;
}

type Job = LlmCall["job"];
type Usage = { prompt_tokens?: number; completion_tokens?: number } | null | undefined;

/** `server.address`/`server.port` of a base URL (port defaulted by scheme), for the GenAI span attributes. */
function serverOf(baseURL: string): { address: string; port: number } | undefined {
  if (!URL.canParse(baseURL)) return undefined;
  const url = new URL(baseURL);
  return { address: url.hostname, port: Number(url.port) || (url.protocol === "https:" ? 443 : 80) };
}

/** Creates the `ChatProvider` that talks to OpenAI or any OpenAI-compatible server (Ollama, vLLM...). */
export function createOpenAIProvider(options: OpenAIProviderOptions): ChatProvider {
  const { model, timeoutMs, maxRetries, apiKey } = options;
  const client = options.client ?? new OpenAI({ baseURL: options.baseURL, apiKey, timeout: timeoutMs, maxRetries });
  const now = options.now ?? (() => performance.now());

  const record = (
    job: Job,
    started: number,
    usage: Usage,
    finishReason: string | null,
    error: string | null,
  ): LlmCall => ({
    job,
    provider: "openai",
    model,
    inputTokens: usage?.prompt_tokens ?? 0,
    outputTokens: usage?.completion_tokens ?? 0,
    latencyMs: Math.max(0, Math.round(now() - started)),
    finishReason,
    error,
  });

  /** Builds the ProviderError (with its trace record) for a failure of `job`. */
  const failure = (
    job: Job,
    started: number,
    kind: ProviderErrorKind,
    detail: string,
    extra: { cause?: unknown; status?: number; usage?: Usage; finishReason?: string | null } = {},
  ): ProviderError => {
    const message = `${job} failed (${kind}): ${safeMessage(detail, apiKey)}`;
    const call = record(
      job,
      started,
      extra.usage,
      extra.finishReason ?? null,
      `${kind}: ${safeMessage(detail, apiKey)}`,
    );
    return new ProviderError(kind, message, call, { cause: extra.cause, status: extra.status });
  };

  const fromSdk = (job: Job, started: number, error: unknown): ProviderError => {
    const { kind, status } = classifySdkError(error);
    return failure(job, started, kind, safeMessage(error, apiKey), { cause: error, status });
  };

  const requestOptions = (signal: AbortSignal | undefined) => ({ signal, timeout: timeoutMs, maxRetries });

  async function understand(
    input: UnderstandInput,
    signal?: AbortSignal,
  ): Promise<{ understanding: Understanding; call: LlmCall }> {
    const started = now();
    let completion: ChatCompletion;
    try {
      completion = await client.chat.completions.create(
        {
          model,
          temperature: 0,
          messages: buildUnderstandMessages(input),
          response_format: {
            type: "json_schema",
            json_schema: { name: "understanding", strict: true, schema: UNDERSTANDING_JSON_SCHEMA },
          },
        },
        requestOptions(signal),
      );
    } catch (error) {
      throw fromSdk("understand", started, error);
    }
    const choice = completion.choices[0];
    const usage = completion.usage;
    const finishReason = choice?.finish_reason ?? null;
    const fail = (kind: ProviderErrorKind, detail: string, cause?: unknown) =>
      failure("understand", started, kind, detail, { cause, usage, finishReason });
    if (!choice) throw fail("invalid_output", "response has no choices");
    if (choice.message.refusal) throw fail("refusal", choice.message.refusal);
    if (finishReason === "content_filter") throw fail("refusal", "content filtered");
    if (finishReason === "length") throw fail("truncated", "output hit the token limit");
    if (choice.message.content == null) throw fail("invalid_output", "message content is empty");
    const parsed = parseUnderstandingContent(choice.message.content);
    if (!parsed.ok) throw fail("invalid_output", `${parsed.reason}: ${parsed.detail}`, parsed.cause);
    const call = {
      ...record("understand", started, usage, finishReason, null),
      ...(completion.id ? { responseId: completion.id } : {}),
    };
    return { understanding: parsed.understanding, call };
  }

  /** Streams one reply for `messages` (the reply job of either bot), with the idle-timeout and failure mapping. */
  async function streamReply(
    messages: ChatCompletionMessageParam[],
    onToken: TokenSink,
    signal?: AbortSignal,
  ): Promise<{ text: string; call: LlmCall }> {
    const started = now();
    // The SDK timeout stops at response headers; this controller ends a stream that stalls afterwards.
    const idle = new AbortController();
    const requestSignal = signal ? AbortSignal.any([signal, idle.signal]) : idle.signal;
    let stream: AsyncIterable<ChatCompletionChunk>;
    try {
      stream = await client.chat.completions.create(
        { model, messages, stream: true, stream_options: { include_usage: true } },
        requestOptions(requestSignal),
      );
    } catch (error) {
      throw fromSdk("reply", started, error);
    }

    let text = "";
    let refusal = "";
    let finishReason: string | null = null;
    let usage: Usage;
    let responseId: string | undefined;
    let stalled = false;
    let sinkFailure: { error: unknown } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const armIdleTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        idle.abort();
      }, timeoutMs);
    };
    const fail = (kind: ProviderErrorKind, detail: string, cause?: unknown, status?: number) =>
      failure("reply", started, kind, detail, { cause, status, usage, finishReason });

    try {
      armIdleTimer();
      for await (const chunk of stream) {
        armIdleTimer();
        if (chunk.usage) usage = chunk.usage;
        if (chunk.id) responseId = chunk.id;
        const choice = chunk.choices[0];
        if (!choice) continue;
        const delta = choice.delta?.content;
        if (delta) {
          text += delta;
          try {
            onToken(delta);
          } catch (error) {
            sinkFailure = { error };
            throw error;
          }
        }
        if (choice.delta?.refusal) refusal += choice.delta.refusal;
        if (choice.finish_reason) finishReason = choice.finish_reason;
      }
    } catch (error) {
      // The caller's own token sink failed: not a provider failure, so it propagates untouched.
      if (sinkFailure) throw sinkFailure.error;
      if (error instanceof APIError) {
        const { kind, status } = classifySdkError(error);
        throw fail(kind, safeMessage(error, apiKey), error, status);
      }
      // The body broke off after the answer started (socket closed, "terminated").
      throw fail(stalled ? "timeout" : "truncated", `stream broke off: ${safeMessage(error, apiKey)}`, error);
    } finally {
      clearTimeout(timer);
    }

    // An abort ends the SDK's stream iterator silently, so the reasons are checked here.
    if (stalled) throw fail("timeout", `no stream data for ${timeoutMs}ms`);
    if (signal?.aborted) throw fail("aborted", "aborted by caller", signal.reason);
    if (refusal && !text) throw fail("refusal", refusal);
    if (finishReason === "content_filter") throw fail("refusal", "content filtered");
    if (finishReason === null) throw fail("truncated", "stream ended without a finish_reason");
    if (finishReason === "length") throw fail("truncated", "reply hit the token limit");
    return {
      text,
      call: { ...record("reply", started, usage, finishReason, null), ...(responseId ? { responseId } : {}) },
    };
  }

  // What understand() and writeReply()/respond() send, for the trace (kept next to the calls above).
  const requestParameters = (job: "understand" | "reply"): RequestParameters =>
    job === "understand" ? { temperature: 0, stream: false, outputType: "json" } : { stream: true, outputType: "text" };
  return {
    name: "openai",
    model,
    server: serverOf(client.baseURL),
    requestParameters,
    understand,
    writeReply: (input: ReplyInput, onToken: TokenSink, signal?: AbortSignal) =>
      streamReply(buildReplyMessages(input), onToken, signal),
    respond: (input: RespondInput, onToken: TokenSink, signal?: AbortSignal) =>
      streamReply(buildRespondMessages(input), onToken, signal),
  };
}
