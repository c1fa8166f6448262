import type { TokenLogprob } from "./next-token";

/** One chat message for the local model (the OpenAI roles; "assistant" becomes the model's turn). */
export type LocalMessage = { role: "system" | "user" | "assistant"; content: string };

/** A generation that did not finish within its `timeoutMs`. */
export class LocalTimeoutError extends Error {
  override readonly name = "LocalTimeoutError";
  constructor(ms: number, options: { cause?: unknown } = {}) {
    super(`no answer in ${ms}ms`, options);
  }
}

/**
 * One generation request: chat `messages`, or a raw `prompt` to continue (how a base model is prompted). A base model
 * given messages gets them as one document. `schema` constrains output to a JSON schema; `json` to any JSON value.
 */
export interface CompletionRequest {
  messages?: LocalMessage[];
  prompt?: string;
  schema?: Record<string, unknown>;
  json?: boolean;
  temperature?: number;
  maxTokens: number;
  onText?: (text: string) => void;
  signal?: AbortSignal;
  /** Ends the generation early as a normal stop: a stop rule the caller decided on (a repeated sentence). */
  finish?: AbortSignal;
  /** Text that ends the generation (not included in the output). */
  stopAt?: string[];
  /** Generation limit in ms, counted from when a sequence is free (waiting in the queue does not count). */
  timeoutMs?: number;
  /** Higher is served first when every sequence is busy (chat turns before judge batches). */
  priority?: number;
  /** false: clear the sequence first, so the whole prompt is evaluated again (the benchmark's baseline). */
  reusePrefix?: boolean;
}

/** What came out: the text, tokenizer-counted prompt and output tokens, and why generation stopped. */
export interface CompletionResult {
  text: string;
  /** Tokens of the rendered prompt (chat template included), counted with the model's tokenizer. */
  inputTokens: number;
  /** Prompt tokens actually evaluated: fewer than `inputTokens` when a cached prefix was reused. */
  evaluatedTokens: number;
  outputTokens: number;
  stopReason: "eog" | "max_tokens" | "abort" | "other";
}

/**
 * How a model is prompted: `chat` when its GGUF carries a chat template (an instruction-tuned model follows turns),
 * `completion` when it has none (a base model continues text, so prompts are documents ending where the answer goes).
 */
export type PromptStyle = "chat" | "completion";

/** A request for the next token's distribution after a prompt (no generation): how a judge's verdict is scored. */
export interface NextTokenRequest {
  messages: LocalMessage[];
  /** How many of the most probable next tokens to return. */
  top: number;
  priority?: number;
}

/** The most probable next tokens (most probable first) and the prompt tokens behind them. */
export interface NextTokenResult {
  top: TokenLogprob[];
  inputTokens: number;
  evaluatedTokens: number;
}

/** A loaded GGUF model with a pool of sequences; shared by every LLM path of the process. */
export interface LocalModel {
  readonly name: string;
  readonly promptStyle: PromptStyle;
  readonly path: string;
  readonly loadMs: number;
  complete(request: CompletionRequest): Promise<CompletionResult>;
  /** The next-token distribution after the messages' prompt (a base model: the document ending in "Answer:"). */
  nextTokens(request: NextTokenRequest): Promise<NextTokenResult>;
  countTokens(text: string): number;
  close(): Promise<void>;
}

/** Settings of the in-process model. */
export interface LocalModelOptions {
  path: string;
  /** CPU threads per evaluation (llama.cpp spins; more threads than free cores is much slower). */
  threads: number;
  /** Concurrent generations, each on its own sequence. */
  sequences: number;
  /** Tokens of context per sequence. */
  contextSize: number;
}
