import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { handbook as defaultHandbook, type Handbook } from "../../knowledge-base/index";
import { renderDecision } from "../offline/render-reply";
import type { ChatProvider, ReplyInput, RespondInput, TokenSink, UnderstandInput } from "../provider";
import { buildReplyMessages, buildRespondMessages, buildUnderstandMessages } from "../providers/build-messages";
import { ProviderError, type ProviderErrorKind } from "../providers/provider-error";
import { parseUnderstandingContent, UNDERSTANDING_JSON_SCHEMA } from "../providers/understanding-json-schema";
import type { LlmCall } from "../schema";
import {
  COMPLETION_REPLY_STOPS,
  DRAFT_LEAD,
  QUOTED_REPLY_STOPS,
  replyCompletionPrompt,
  respondCompletionPrompt,
  understandCompletionPrompt,
} from "./completion-prompts";
import { echoesPrompt } from "./echoes-prompt";
import type { CompletionRequest, CompletionResult, LocalMessage, LocalModel } from "./local-model";
import { ModelFileError } from "./model-file";
import { createReplyTidy } from "./reply-tidy";

/** Settings of the local provider: the shared model (loaded on first use), its name and the per-call limit. */
export interface LocalProviderOptions {
  model: () => Promise<LocalModel>;
  /** The GGUF's name, recorded on traces and spans before the model is loaded. */
  modelName: string;
  /** Per call, from when a sequence is free (the model load and the queue are not counted). */
  timeoutMs: number;
  /** Token limits per job: an understanding is a small JSON object, a reply 1-4 sentences. */
  maxTokens?: { understand: number; reply: number };
  now?: () => number;
  /** The handbook a base model's prompts are written from (its understanding catalogue, the reply's draft). */
  handbook?: Handbook;
}

type Job = LlmCall["job"];

/** A reply request for the loaded model's prompt style, and how its output is checked and cut. */
interface ReplyPrompt {
  input: Pick<CompletionRequest, "messages" | "prompt">;
  /** Prompt texts a reply must not repeat (an echo is malformed output). */
  instructions: string[];
  stopAt: string[];
  /** The prompt opened a quote: the model's closing quote is not part of the reply. */
  closingQuote?: boolean;
}

/** Chat turns go ahead of judge and simulator calls waiting for a sequence (a customer is waiting on them). */
const CHAT_PRIORITY = 1;

/**
 * Where a reply ends even if the model does not emit its end-of-turn token: a base model runs on into a blank line
 * and a new "turn" or a copy of the prompt's separator. Replies are 1-4 sentences of plain text, so nothing is lost.
 */
export const REPLY_STOPS = ["\n\n", "<start_of_turn>", "<end_of_turn>", "---"];

/** The in-process `ChatProvider` on node-llama-cpp: grammar-constrained understanding, streamed replies. */
export function createLocalProvider(o: LocalProviderOptions): ChatProvider {
  const now = o.now ?? (() => performance.now());
  const limits = o.maxTokens ?? { understand: 200, reply: 240 };
  const h = o.handbook ?? defaultHandbook;

  /** Runs one completion with the timeout, and turns every failure into a ProviderError with its trace record. */
  async function run(
    job: Job,
    request: (model: LocalModel) => Omit<CompletionRequest, "signal">,
    signal: AbortSignal | undefined,
  ) {
    let started = now();
    const record = (r: Partial<CompletionResult>, finishReason: string | null, error: string | null): LlmCall => ({
      job,
      provider: "local",
      model: o.modelName,
      inputTokens: r.inputTokens ?? 0,
      outputTokens: r.outputTokens ?? 0,
      latencyMs: Math.max(0, Math.round(now() - started)),
      finishReason,
      error,
    });
    const fail = (kind: ProviderErrorKind, detail: string, r: Partial<CompletionResult> = {}, cause?: unknown) =>
      new ProviderError(
        kind,
        `${job} failed (${kind}): ${detail}`,
        record(r, r.stopReason ?? null, `${kind}: ${detail}`),
        { cause },
      );
    let model: LocalModel;
    try {
      model = await o.model();
    } catch (cause) {
      throw fail(cause instanceof ModelFileError ? "request" : "server", (cause as Error).message, {}, cause);
    }
    started = now(); // the one-off model load is not part of this call's latency
    const req = request(model);
    let result: CompletionResult;
    try {
      result = await model.complete({ ...req, signal, timeoutMs: o.timeoutMs, priority: CHAT_PRIORITY });
    } catch (cause) {
      if (signal?.aborted) throw fail("aborted", "aborted by caller", {}, cause);
      if (cause instanceof Error && cause.name === "LocalTimeoutError") throw fail("timeout", cause.message, {}, cause);
      throw fail("server", (cause as Error).message, {}, cause);
    }
    if (result.stopReason === "max_tokens")
      throw fail("truncated", `output hit the ${req.maxTokens}-token limit`, result);
    if (result.stopReason === "abort")
      throw fail(signal?.aborted ? "aborted" : "timeout", "generation stopped", result);
    return { result, record: (error: string | null = null) => record(result, result.stopReason, error), fail };
  }

  /**
   * One streamed reply (the machine bot's reply step and the prompt-only bot's whole turn), checked like a remote one.
   * `prompt` gives the request for the loaded model's prompt style and the instruction texts a reply must not repeat.
   */
  async function streamReply(
    prompt: (style: LocalModel["promptStyle"]) => ReplyPrompt,
    onToken: TokenSink,
    signal?: AbortSignal,
  ) {
    // The caller's own token sink failing is not a provider failure: generation stops and the error propagates
    // untouched (node-llama-cpp would otherwise swallow it and keep generating).
    let sinkFailure: { error: unknown } | undefined;
    const sinkStop = new AbortController();
    const emit = (text: string) => {
      if (sinkFailure) return;
      try {
        onToken(text);
      } catch (error) {
        sinkFailure = { error };
        sinkStop.abort(error);
      }
    };
    let tidy: ReturnType<typeof createReplyTidy> | undefined;
    const finish = new AbortController(); // a stop rule (a repeated sentence) ends generation as a normal stop
    const stop = signal ? AbortSignal.any([signal, sinkStop.signal]) : sinkStop.signal;
    let instructions: string[] = [];
    try {
      const { result, record, fail } = await run(
        "reply",
        (model) => {
          const built = prompt(model.promptStyle);
          instructions = built.instructions;
          const t = createReplyTidy(emit, {
            closing: built.closingQuote ? '"' : "",
            stopRepeats: model.promptStyle === "completion",
            onRepeat: () => finish.abort(),
          });
          tidy = t;
          return {
            ...built.input,
            maxTokens: limits.reply,
            onText: t.push,
            stopAt: built.stopAt,
            finish: finish.signal,
          };
        },
        stop,
      );
      // What a sentence-at-a-time stream still held goes to the sink now (which may throw or abort there).
      const text = tidy?.finish(result.text) ?? result.text;
      if (sinkFailure) throw (sinkFailure as { error: unknown }).error;
      if (signal?.aborted) throw fail("aborted", "aborted by caller", result);
      // Malformed output, handled like a remote model's: the turn falls back (or apologises), on the trace.
      if (!text.trim()) throw fail("invalid_output", "empty reply", result);
      if (echoesPrompt(text, instructions))
        throw fail("invalid_output", "reply repeats the prompt instead of answering", result);
      return { text, call: record() };
    } catch (error) {
      throw sinkFailure ? sinkFailure.error : error;
    }
  }

  /** Chat messages, with their system texts as the instructions a reply must not repeat. */
  const chatPrompt = (messages: LocalMessage[]): ReplyPrompt => ({
    input: { messages },
    instructions: messages.filter((m) => m.role === "system").map((m) => m.content),
    stopAt: REPLY_STOPS,
  });

  return {
    name: "local",
    model: o.modelName,
    async understand(input: UnderstandInput, signal?: AbortSignal) {
      const { result, record, fail } = await run(
        "understand",
        (model) => ({
          ...(model.promptStyle === "completion"
            ? { prompt: understandCompletionPrompt(h, input) }
            : { messages: toLocal(buildUnderstandMessages(input)) }),
          schema: UNDERSTANDING_JSON_SCHEMA,
          maxTokens: limits.understand,
        }),
        signal,
      );
      const parsed = parseUnderstandingContent(result.text);
      if (!parsed.ok) throw fail("invalid_output", `${parsed.reason}: ${parsed.detail}`, result, parsed.cause);
      return { understanding: parsed.understanding, call: record() };
    },
    writeReply: (input: ReplyInput, onToken: TokenSink, signal?: AbortSignal) =>
      streamReply(
        (style) => {
          if (style === "chat") return chatPrompt(toLocal(buildReplyMessages(input)));
          const prompt = replyCompletionPrompt(input, renderDecision(h, input.decision));
          // Copying the draft is the job; repeating the line that introduces it is not.
          return { input: { prompt }, instructions: [DRAFT_LEAD], stopAt: QUOTED_REPLY_STOPS, closingQuote: true };
        },
        onToken,
        signal,
      ),
    respond: (input: RespondInput, onToken: TokenSink, signal?: AbortSignal) =>
      streamReply(
        (style) => {
          if (style === "completion") {
            // The caller's instructions, not its fact lines ("[id] text"), are what a reply must not continue.
            const rules = input.system.split("\n").filter((l) => !l.startsWith("["));
            return {
              input: { prompt: respondCompletionPrompt(input) },
              instructions: [rules.join("\n")],
              stopAt: COMPLETION_REPLY_STOPS,
            };
          }
          return chatPrompt(toLocal(buildRespondMessages(input)));
        },
        onToken,
        signal,
      ),
  };
}

/** The shared prompt builders' messages (all plain text) as local messages. */
function toLocal(messages: ChatCompletionMessageParam[]): LocalMessage[] {
  return messages.map((m) => ({
    role: m.role === "assistant" ? "assistant" : m.role === "user" ? "user" : "system",
    content: typeof m.content === "string" ? m.content : JSON.stringify(m.content),
  }));
}
