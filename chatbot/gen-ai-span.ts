import type { Tracer } from "@opentelemetry/api";
import { withSpan } from "../traces/index";
import type { ChatProvider } from "./provider";
import type { LlmCall } from "./schema";

/** Runs one model call inside a GenAI span (`chat <model>`, OTel GenAI attributes, tokens); a failure marks the span. */
export function genAiCall<T extends { call: LlmCall }>(
  tracer: Tracer,
  provider: ChatProvider,
  conversationId: string,
  job: string,
  fn: () => Promise<T>,
): Promise<T> {
  const attributes = {
    "gen_ai.operation.name": "chat",
    "gen_ai.system": provider.name,
    "gen_ai.request.model": provider.model,
    "gen_ai.conversation.id": conversationId,
    "chat.job": job,
  };
  return withSpan(tracer, `chat ${provider.model}`, attributes, async (span) => {
    const out = await fn();
    span.setAttributes({
      "gen_ai.response.model": out.call.model,
      "gen_ai.usage.input_tokens": out.call.inputTokens,
      "gen_ai.usage.output_tokens": out.call.outputTokens,
      "gen_ai.response.finish_reasons": [out.call.finishReason ?? "unknown"],
    });
    return out;
  });
}
