import type { ChatProvider } from "../chatbot/index";

/** A provider plus the time spent inside its calls (the "waiting for the model" part of a turn) and the call count. */
export interface TimedProvider {
  provider: ChatProvider;
  /** Milliseconds spent inside understand/writeReply since the last `reset()`. */
  waitMs(): number;
  calls(): number;
  reset(): void;
}

/**
 * Wraps a provider and times each call at the port boundary with `performance.now()` — the same interval the OpenAI
 * provider records as `LlmCall.latencyMs` (request build, HTTP round trip, SDK/zod parsing), without its rounding to
 * whole milliseconds. Only valid when turns run one at a time (the total is not split per conversation).
 */
export function timeProvider(inner: ChatProvider): TimedProvider {
  let wait = 0;
  let count = 0;
  const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    count++;
    try {
      return await fn();
    } finally {
      wait += performance.now() - t0;
    }
  };
  return {
    provider: {
      name: inner.name,
      model: inner.model,
      understand: (input, signal) => timed(() => inner.understand(input, signal)),
      writeReply: (input, onToken, signal) => timed(() => inner.writeReply(input, onToken, signal)),
    },
    waitMs: () => wait,
    calls: () => count,
    reset() {
      wait = 0;
      count = 0;
    },
  };
}
