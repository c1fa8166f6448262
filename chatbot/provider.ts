import type { Fact } from "../knowledge-base/index";
import type { ChatMessage, Decision, LlmCall, Understanding } from "./schema";

/** Input of the understanding job: one user message in context. */
export interface UnderstandInput {
  message: string;
  /** The machine's stable state before this message (e.g. "booking.collecting"). */
  state: string;
  /** The booking field the bot asked for last, if any: helps read a bare "Sarah" or "tomorrow". */
  expecting: string | null;
  history: ChatMessage[];
  /** Reference time, ISO with offset, in the shop's time zone. */
  now: string;
}

/** Input of the reply job: the validated decision and the handbook facts that ground it. */
export interface ReplyInput {
  message: string;
  decision: Decision;
  facts: Fact[];
  history: ChatMessage[];
  now: string;
}

/** Input of a free-form reply (the prompt-only bot): a system prompt, the recent conversation, the new message. */
export interface RespondInput {
  system: string;
  history: ChatMessage[];
  message: string;
}

/** Receives streamed reply text as it is produced. */
export type TokenSink = (delta: string) => void;

/** Request parameters of a model call, as the GenAI conventions name them. */
export interface RequestParameters {
  temperature?: number;
  maxTokens?: number;
  stream: boolean;
  /** `json` for structured output, `text` otherwise (`gen_ai.output.type`). */
  outputType: "json" | "text";
}

/** The port for the two LLM jobs the machine needs. Implementations: offline engine, OpenAI-compatible. */
export interface ChatProvider {
  readonly name: string;
  readonly model: string;
  /** The model server called (trace attributes `server.address`/`server.port`); none for in-process engines. */
  readonly server?: { address: string; port: number };
  /** The request parameters it sends for a job (trace attributes `gen_ai.request.*`); none for in-process engines. */
  readonly requestParameters?: (job: "understand" | "reply") => RequestParameters;
  /** Reads intent + slots from a message (structured output, validated with zod). */
  understand(input: UnderstandInput, signal?: AbortSignal): Promise<{ understanding: Understanding; call: LlmCall }>;
  /** Writes the reply for a decision, streaming deltas to `onToken`; returns the full text. */
  writeReply(input: ReplyInput, onToken: TokenSink, signal?: AbortSignal): Promise<{ text: string; call: LlmCall }>;
  /**
   * Free-form streamed reply to a prompt the caller built (the prompt-only bot's one call, recorded as job "reply").
   * Only model-backed providers have it: the offline engine cannot write free text, so it leaves this out.
   */
  respond?(input: RespondInput, onToken: TokenSink, signal?: AbortSignal): Promise<{ text: string; call: LlmCall }>;
  /** Pays in-process one-time set-up (trained models, recognisers) now, at start-up, instead of in the first turn. */
  warmUp?(): void;
}
