import {
  type ChatHistoryItem,
  getLlama,
  LlamaChat,
  LlamaCompletion,
  type LlamaGrammar,
  LlamaLogLevel,
} from "node-llama-cpp";
import { messagesAsDocument } from "./completion-prompts";
import { ModelFileError, modelNameOf } from "./model-file";
import { nextTokenDistribution, type TokenLogprob, topLogprobs } from "./next-token";
import { createSequencePool } from "./sequence-pool";

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

/** Loads the model (CPU only, prebuilt binary, never downloads or compiles). Throws `ModelFileError` on failure. */
export async function loadLocalModel(o: LocalModelOptions): Promise<LocalModel> {
  const started = performance.now();
  const llama = await getLlama({ gpu: false, build: "never", skipDownload: true, logLevel: LlamaLogLevel.error });
  const model = await llama.loadModel({ modelPath: o.path }).catch((cause: unknown) => {
    throw new ModelFileError(o.path, "load_failed", `could not be loaded (${(cause as Error).message})`, { cause });
  });
  const context = await model
    .createContext({ sequences: o.sequences, contextSize: o.contextSize, threads: o.threads })
    .catch(async (cause: unknown) => {
      await model.dispose();
      throw new ModelFileError(o.path, "load_failed", `does not fit in memory (${(cause as Error).message})`, {
        cause,
      });
    });
  const pool = createSequencePool(
    Array.from({ length: o.sequences }, () => {
      const contextSequence = context.getSequence();
      return {
        sequence: contextSequence,
        chat: new LlamaChat({ contextSequence }),
        completion: new LlamaCompletion({ contextSequence }),
      };
    }),
  );
  const tokenizer = model.fileInfo.metadata.tokenizer as { chat_template?: unknown } | undefined;
  const promptStyle: PromptStyle = typeof tokenizer?.chat_template === "string" ? "chat" : "completion";
  const grammars = new Map<string, Promise<LlamaGrammar>>();
  const grammarFor = (r: CompletionRequest): Promise<LlamaGrammar> | undefined => {
    if (!r.schema && !r.json) return undefined;
    const key = r.schema ? JSON.stringify(r.schema) : "json";
    let grammar = grammars.get(key);
    if (!grammar) {
      // biome-ignore lint/suspicious/noExplicitAny: our schemas are zod-generated JSON schemas, a subset of GBNF's.
      grammar = r.schema ? llama.createGrammarForJsonSchema(r.schema as any) : llama.getGrammarFor("json");
      grammars.set(key, grammar);
    }
    return grammar;
  };

  async function complete(r: CompletionRequest): Promise<CompletionResult> {
    const grammar = await grammarFor(r);
    const prompt = r.prompt ?? (promptStyle === "completion" ? messagesAsDocument(r.messages ?? [], !!grammar) : null);
    if (prompt === null && !r.messages?.length) throw new TypeError("a completion request needs messages or a prompt");
    const worker = await pool.acquire(prompt?.slice(0, 400) ?? r.messages?.[0]?.content ?? "", r.signal, r.priority);
    const limit = r.timeoutMs === undefined ? null : AbortSignal.timeout(r.timeoutMs);
    const signals = [r.signal, limit, r.finish].filter((x): x is AbortSignal => !!x);
    const signal = signals.length ? AbortSignal.any(signals) : undefined;
    try {
      const { sequence, chat, completion } = worker;
      if (r.reusePrefix === false) await sequence.clearHistory();
      const meter = { input: sequence.tokenMeter.usedInputTokens, output: sequence.tokenMeter.usedOutputTokens };
      const options = {
        grammar,
        maxTokens: r.maxTokens,
        temperature: r.temperature ?? 0,
        onTextChunk: r.onText,
        signal,
        stopOnAbortSignal: true,
        customStopTriggers: r.stopAt,
      };
      let text: string;
      let stop: string;
      let inputTokens: number;
      if (prompt !== null) {
        inputTokens = model.tokenize(prompt).length;
        const res = await completion.generateCompletionWithMeta(prompt, options);
        text = res.response;
        stop = res.metadata.stopReason;
      } else {
        const history = toHistory(r.messages ?? []);
        inputTokens = chat.chatWrapper
          .generateContextState({ chatHistory: history })
          .contextText.tokenize(model.tokenizer).length;
        const res = await chat.generateResponse(history, options);
        text = res.response;
        stop = res.metadata.stopReason;
      }
      if (stop === "abort" && !r.finish?.aborted) {
        if (r.signal?.aborted) throw r.signal.reason;
        if (limit?.aborted) throw new LocalTimeoutError(r.timeoutMs ?? 0);
      }
      return {
        text,
        inputTokens,
        evaluatedTokens: Math.max(0, sequence.tokenMeter.usedInputTokens - meter.input - 1),
        outputTokens: sequence.tokenMeter.usedOutputTokens - meter.output,
        stopReason:
          stop === "eogToken" || stop === "stopGenerationTrigger" || stop === "customStopTrigger" || r.finish?.aborted
            ? "eog"
            : stop === "maxTokens"
              ? "max_tokens"
              : stop === "abort"
                ? "abort"
                : "other",
      };
    } catch (error) {
      if (limit?.aborted && !r.signal?.aborted) throw new LocalTimeoutError(r.timeoutMs ?? 0, { cause: error });
      throw error;
    } finally {
      pool.release(worker);
    }
  }

  async function nextTokens(r: NextTokenRequest): Promise<NextTokenResult> {
    const document = promptStyle === "completion" ? messagesAsDocument(r.messages, false) : null;
    // The same prefix key as `complete`, so a judge's scoring and generation calls prefer the same warm sequence.
    const worker = await pool.acquire(document?.slice(0, 400) ?? r.messages[0]?.content ?? "", undefined, r.priority);
    try {
      const tokens =
        document !== null
          ? model.tokenize(document)
          : worker.chat.chatWrapper
              .generateContextState({ chatHistory: toHistory(r.messages) })
              .contextText.tokenize(model.tokenizer);
      const { probabilities, evaluatedTokens } = await nextTokenDistribution(worker.sequence, tokens);
      return {
        top: topLogprobs(probabilities, (t) => model.detokenize([t]), r.top),
        inputTokens: tokens.length,
        evaluatedTokens,
      };
    } finally {
      pool.release(worker);
    }
  }

  return {
    name: modelNameOf(o.path),
    promptStyle,
    path: o.path,
    loadMs: Math.round(performance.now() - started),
    complete,
    nextTokens,
    countTokens: (text) => model.tokenize(text).length,
    async close() {
      await context.dispose();
      await model.dispose();
    },
  };
}

/** OpenAI-style messages as node-llama-cpp chat history, ending with the model's (empty) turn to generate. */
export function toHistory(messages: LocalMessage[]): ChatHistoryItem[] {
  const items: ChatHistoryItem[] = messages.map((m) =>
    m.role === "assistant" ? { type: "model", response: [m.content] } : { type: m.role, text: m.content },
  );
  items.push({ type: "model", response: [] });
  return items;
}
