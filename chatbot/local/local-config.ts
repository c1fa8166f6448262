import { GEMMA3_270M } from "./model-source";

/** Settings of the in-process model, read from `LOCAL_MODEL_*` (see `parseLlmEnv`). */
export interface LocalModelConfig {
  /** GGUF file (`LOCAL_MODEL_PATH`). */
  path: string;
  /** CPU threads per evaluation (`LOCAL_MODEL_THREADS`, default cores − 1). */
  threads: number;
  /** Concurrent generations (`LOCAL_MODEL_SEQUENCES`, default 2). */
  sequences: number;
  /** Tokens of context per sequence. */
  contextSize: number;
  /** Limit per call, generation included (`LLM_TIMEOUT_MS`, default 60 s: a CPU model is slow). */
  timeoutMs: number;
}

/** Where `pnpm model pull` puts the default model. */
export const DEFAULT_LOCAL_MODEL_PATH = `models/${GEMMA3_270M.file}`;

/** Context per sequence: room for the judge prompt (rubric, facts, few-shots) plus a conversation. */
export const LOCAL_CONTEXT_SIZE = 8192;
