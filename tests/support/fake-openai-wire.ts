/**
 * Script steps and wire shapes of the fake OpenAI-compatible server (pure: no I/O).
 * The builders turn one scripted step plus the request body into the exact JSON / SSE text the real API sends.
 */

/** Token usage as the Chat Completions API reports it. */
export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

/** Common options of every step: wait this long before answering (simulates model latency / time to first byte). */
interface Timed {
  latencyMs?: number;
}

/**
 * One scripted answer to one `POST /v1/chat/completions` request.
 * `json` and `stream` adapt to the request: a `json` step answering a `stream: true` request is sent as a
 * one-delta stream, and a `stream` step answering a non-streaming request is sent as one JSON completion.
 * Omitting `usage` omits it from the answer (clients must cope); the usage chunk is only sent when the request
 * asked for it with `stream_options.include_usage`, as the real API does.
 */
export type FakeStep =
  /**
   * `topLogprobs`: answered only when the request asked for `logprobs` (as a server that supports them does), on the
   * first content token; without it, or on a request without `logprobs`, `logprobs` is null.
   */
  | (Timed & {
      kind: "json";
      content: string;
      usage?: FakeUsage;
      finishReason?: string;
      topLogprobs?: Array<{ token: string; logprob: number }>;
    })
  | (Timed & { kind: "stream"; chunks: string[]; usage?: FakeUsage; finishReason?: string; chunkDelayMs?: number })
  /** An HTTP error, e.g. `{ status: 429, headers: { "retry-after": "0" } }`; `body` defaults to an OpenAI error object. */
  | (Timed & { kind: "status"; status: number; headers?: Record<string, string>; body?: unknown })
  /** Never answers: the client's own timeout (or abort) must end the request. */
  | { kind: "hang" }
  /** Destroys the socket without answering: a connection error on the client. */
  | (Timed & { kind: "reset" })
  /** Sends these SSE content chunks (no finish_reason), then destroys the socket, or with `end: "clean"` ends it. */
  | (Timed & { kind: "truncated-stream"; chunks: string[]; end?: "destroy" | "clean" })
  /** Sends these SSE content chunks, then keeps the connection open forever: a stream that stalls mid-way. */
  | (Timed & { kind: "stalled-stream"; chunks: string[] })
  /** The model refuses: `message.refusal` set and `content: null` (or refusal deltas when streaming). */
  | (Timed & { kind: "refusal"; refusal: string; usage?: FakeUsage });

/** One request as the fake server received it. */
export interface FakeRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (`null` when it was not JSON). */
  body: ChatRequestBody | null;
}

/** The parts of a Chat Completions request body the fake server reads; everything else is kept as sent. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  messages?: Array<{ role: string; content: unknown }>;
  [key: string]: unknown;
}

/** A fixed timestamp keeps recorded answers deterministic. */
const CREATED = 1_767_225_600;

/** Builds a non-streaming `chat.completion` body. */
export function completionBody(
  id: string,
  body: ChatRequestBody,
  message: { content: string | null; refusal: string | null },
  finishReason: string,
  usage: FakeUsage | undefined,
  topLogprobs?: Array<{ token: string; logprob: number }>,
): object {
  const top = body.logprobs === true ? topLogprobs : undefined;
  const entry = (t: { token: string; logprob: number }) => ({ ...t, bytes: null });
  const logprobs = top?.length
    ? { content: [{ ...entry(top[0] as (typeof top)[number]), top_logprobs: top.map(entry) }], refusal: null }
    : null;
  return {
    id,
    object: "chat.completion",
    created: CREATED,
    model: body.model ?? "fake-model",
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finishReason, logprobs }],
    ...(usage && { usage: withTotal(usage) }),
  };
}

/** One SSE event line (`data: ...` plus the blank line that ends the event). */
export function sseEvent(data: object | "[DONE]"): string {
  return `data: ${data === "[DONE]" ? data : JSON.stringify(data)}\n\n`;
}

/** A `chat.completion.chunk` carrying one delta, or only a finish_reason. */
export function chunk(
  id: string,
  body: ChatRequestBody,
  delta: Record<string, string>,
  finishReason: string | null = null,
): object {
  return {
    id,
    object: "chat.completion.chunk",
    created: CREATED,
    model: body.model ?? "fake-model",
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
    ...(wantsUsage(body) && { usage: null }),
  };
}

/** The SSE events of a complete stream: role, deltas, the finish chunk, the usage chunk if asked for, `[DONE]`. */
export function streamEvents(
  id: string,
  body: ChatRequestBody,
  deltas: Array<Record<string, string>>,
  finishReason: string,
  usage: FakeUsage | undefined,
): string[] {
  const events = [
    sseEvent(chunk(id, body, { role: "assistant", content: "" })),
    ...deltas.map((d) => sseEvent(chunk(id, body, d))),
    sseEvent(chunk(id, body, {}, finishReason)),
  ];
  if (usage && wantsUsage(body)) {
    const usageChunk = { id, object: "chat.completion.chunk", created: CREATED, model: body.model, choices: [] };
    events.push(sseEvent({ ...usageChunk, usage: withTotal(usage) }));
  }
  events.push(sseEvent("[DONE]"));
  return events;
}

/** The SSE events of a stream that never finishes: role and content deltas only. */
export function partialStreamEvents(id: string, body: ChatRequestBody, chunks: string[]): string[] {
  return [
    sseEvent(chunk(id, body, { role: "assistant", content: "" })),
    ...chunks.map((c) => sseEvent(chunk(id, body, { content: c }))),
  ];
}

/** An OpenAI-style error body for a status step without an explicit body. */
export function errorBody(status: number): object {
  const type = status === 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error";
  return { error: { message: `fake-openai: scripted ${status}`, type, param: null, code: null } };
}

/** Whether the request asked for a final usage chunk. */
export function wantsUsage(body: ChatRequestBody): boolean {
  return body.stream_options?.include_usage === true;
}

function withTotal(u: FakeUsage): FakeUsage & { total_tokens: number } {
  return { ...u, total_tokens: u.prompt_tokens + u.completion_tokens };
}
