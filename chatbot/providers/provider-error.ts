import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, RateLimitError } from "openai";
import type { LlmCall } from "../schema";

/**
 * Why an LLM call failed, coarse enough for the machine to choose a fallback:
 * - refusal: the model declined (message.refusal, or finish_reason content_filter)
 * - invalid_output: content was not JSON or did not match the schema
 * - timeout: no answer in time (SDK timeout, or a stream that stalled)
 * - rate_limited: 429 after the SDK's retries
 * - server: 5xx after retries, or an unreadable response
 * - network: connection refused / reset before an answer
 * - truncated: the answer started but ended early (stream cut, no finish_reason, or finish_reason length)
 * - aborted: the caller's AbortSignal fired
 * - request: the request itself was rejected (400/401/403/404/422): configuration or code to fix, not retryable
 */
export type ProviderErrorKind =
  | "refusal"
  | "invalid_output"
  | "timeout"
  | "rate_limited"
  | "server"
  | "network"
  | "truncated"
  | "aborted"
  | "request";

/** A failed LLM call, typed by kind, carrying the `LlmCall` to record on the trace and the original `cause`. */
export class ProviderError extends Error {
  override readonly name = "ProviderError";
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    /** The call as it should appear on the trace: tokens so far, latency, `error` set to "kind: message". */
    readonly call: LlmCall,
    options: { cause?: unknown; status?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
  /** HTTP status when the failure was an HTTP error. */
  readonly status: number | undefined;
}

/** Type guard for `ProviderError` (for the machine's onError and the edge mapping). */
export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** Classifies an error thrown by the OpenAI SDK (or fetch underneath it) into a provider error kind. */
export function classifySdkError(error: unknown): { kind: ProviderErrorKind; status?: number } {
  // Order matters: APIConnectionTimeoutError extends APIConnectionError, and both extend APIError.
  if (error instanceof APIUserAbortError) return { kind: "aborted" };
  if (error instanceof APIConnectionTimeoutError) return { kind: "timeout" };
  if (error instanceof APIConnectionError) return { kind: "network" };
  if (error instanceof RateLimitError) return { kind: "rate_limited", status: 429 };
  if (error instanceof APIError) {
    const status = error.status;
    if (status === undefined) return { kind: "server" }; // an error event inside a stream
    if (status === 408) return { kind: "timeout", status };
    if (status >= 500 || status === 409) return { kind: "server", status };
    return { kind: "request", status };
  }
  if (error instanceof SyntaxError) return { kind: "server" }; // the response body was not JSON
  if (error instanceof Error && error.name === "AbortError") return { kind: "aborted" };
  return { kind: "network" };
}

/** A one-line message for an error, with every occurrence of `secret` replaced (SDK messages may echo input). */
export function safeMessage(error: unknown, secret: string): string {
  const text = error instanceof Error ? error.message : String(error);
  return secret.length >= 4 ? text.split(secret).join("[redacted]") : text;
}
