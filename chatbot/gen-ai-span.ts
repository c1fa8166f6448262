import { SpanKind, type Tracer } from "@opentelemetry/api";
import { withSpan } from "../traces/index";
import { llmCallAttributes, llmResultAttributes } from "./gen-ai-attributes";
import type { ChatProvider } from "./provider";
import type { LlmCall } from "./schema";

/**
 * One model call as a CLIENT span under the GenAI conventions (operation `chat`, tokens, request parameters), named
 * after its job (`chat understand`, `chat reply`) so a trace tells the two calls of a turn apart; the model is in
 * `gen_ai.request.model`. `content` gives its input and output text (opt-in). A failure marks the span.
 */
export function genAiCall<T extends { call: LlmCall }>(
  tracer: Tracer,
  provider: ChatProvider,
  conversationId: string,
  job: string,
  fn: () => Promise<T>,
  content?: { input: string; output: (out: T) => string },
): Promise<T> {
  return withSpan(
    tracer,
    `chat ${job}`,
    llmCallAttributes(provider, conversationId, job, content?.input),
    async (span) => {
      const out = await fn();
      span.setAttributes(llmResultAttributes(out.call, content?.output(out)));
      return out;
    },
    SpanKind.CLIENT,
  );
}
