import {
  type ChatHistoryItem,
  getLlama,
  LlamaChat,
  LlamaCompletion,
  type LlamaGrammar,
  LlamaLogLevel,
} from "node-llama-cpp";
import { messagesAsDocument } from "./completion-prompts";
import type {
  CompletionRequest,
  CompletionResult,
  LocalMessage,
  LocalModel,
  LocalModelOptions,
  NextTokenRequest,
  NextTokenResult,
  PromptStyle,
} from "./local-model-types";
import { LocalTimeoutError } from "./local-model-types";
import { ModelFileError, modelNameOf } from "./model-file";
import { nextTokenDistribution, topLogprobs } from "./next-token";
import { createSequencePool } from "./sequence-pool";

export {
  type CompletionRequest,
  type CompletionResult,
  type LocalMessage,
  type LocalModel,
  type LocalModelOptions,
  LocalTimeoutError,
  type NextTokenRequest,
  type NextTokenResult,
  type PromptStyle,
} from "./local-model-types";

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
