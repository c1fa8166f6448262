import type { Attributes } from "@opentelemetry/api";
import { ATTR_SERVER_ADDRESS, ATTR_SERVER_PORT } from "@opentelemetry/semantic-conventions";
import {
  ATTR_GEN_AI_CONVERSATION_ID,
  ATTR_GEN_AI_INPUT_MESSAGES,
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_OUTPUT_MESSAGES,
  ATTR_GEN_AI_OUTPUT_TYPE,
  ATTR_GEN_AI_PROVIDER_NAME,
  ATTR_GEN_AI_REQUEST_MAX_TOKENS,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_REQUEST_STREAM,
  ATTR_GEN_AI_REQUEST_TEMPERATURE,
  ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  ATTR_GEN_AI_RESPONSE_ID,
  ATTR_GEN_AI_RESPONSE_MODEL,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  GEN_AI_OPERATION_NAME_VALUE_CHAT,
} from "@opentelemetry/semantic-conventions/incubating";
import type { ChatProvider } from "./provider";
import type { LlmCall } from "./schema";

/** `OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true` opts in to message text on spans (off by default). */
export function captureMessageContent(env: Record<string, string | undefined>): boolean {
  return env.OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT?.trim().toLowerCase() === "true";
}

/** Attributes of a turn (the root span): OpenInference CHAIN in a session, text only when content capture is on. */
export function turnAttributes(t: {
  conversationId: string;
  index: number;
  source: string;
  input?: string;
}): Attributes {
  return {
    [ATTR_GEN_AI_CONVERSATION_ID]: t.conversationId,
    "session.id": t.conversationId,
    "openinference.span.kind": "CHAIN",
    "chat.turn.index": t.index,
    "chat.source": t.source,
    ...(t.input === undefined ? {} : { "input.value": t.input, "input.mime_type": "text/plain" }),
  };
}

/** What a turn's root span learns at its end: the reply (with content capture on). */
export function turnOutputAttributes(reply: string | undefined): Attributes {
  return reply === undefined ? {} : { "output.value": reply, "output.mime_type": "text/plain" };
}

/** `gen_ai.request.*` and `gen_ai.output.type` of the parameters a provider sends for a job. */
function requestAttributes(provider: ChatProvider, job: string): Attributes {
  if (!provider.requestParameters || (job !== "understand" && job !== "reply")) return {};
  const p = provider.requestParameters(job);
  return {
    ...(p.temperature === undefined ? {} : { [ATTR_GEN_AI_REQUEST_TEMPERATURE]: p.temperature }),
    ...(p.maxTokens === undefined ? {} : { [ATTR_GEN_AI_REQUEST_MAX_TOKENS]: p.maxTokens }),
    [ATTR_GEN_AI_REQUEST_STREAM]: p.stream,
    [ATTR_GEN_AI_OUTPUT_TYPE]: p.outputType,
  };
}

/** Start attributes of a model call (GenAI conventions + OpenInference LLM), before the request is sent. */
export function llmCallAttributes(
  provider: ChatProvider,
  conversationId: string,
  job: string,
  input?: string,
): Attributes {
  return {
    ...requestAttributes(provider, job),
    [ATTR_GEN_AI_OPERATION_NAME]: GEN_AI_OPERATION_NAME_VALUE_CHAT,
    [ATTR_GEN_AI_PROVIDER_NAME]: provider.name,
    [ATTR_GEN_AI_REQUEST_MODEL]: provider.model,
    [ATTR_GEN_AI_CONVERSATION_ID]: conversationId,
    ...(provider.server
      ? { [ATTR_SERVER_ADDRESS]: provider.server.address, [ATTR_SERVER_PORT]: provider.server.port }
      : {}),
    "session.id": conversationId,
    "openinference.span.kind": "LLM",
    "llm.model_name": provider.model,
    "llm.provider": provider.name,
    "chat.job": job,
    ...(input === undefined
      ? {}
      : {
          [ATTR_GEN_AI_INPUT_MESSAGES]: JSON.stringify([{ role: "user", parts: [{ type: "text", content: input }] }]),
          "input.value": input,
        }),
  };
}

/** End attributes of a model call: response model and id, finish reason, usage only when the server measured it. */
export function llmResultAttributes(call: LlmCall, output?: string): Attributes {
  const measured = call.inputTokens + call.outputTokens > 0;
  return {
    [ATTR_GEN_AI_RESPONSE_MODEL]: call.model,
    [ATTR_GEN_AI_RESPONSE_FINISH_REASONS]: [call.finishReason ?? "unknown"],
    ...(call.responseId ? { [ATTR_GEN_AI_RESPONSE_ID]: call.responseId } : {}),
    ...(measured
      ? {
          [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: call.inputTokens,
          [ATTR_GEN_AI_USAGE_OUTPUT_TOKENS]: call.outputTokens,
          "llm.token_count.prompt": call.inputTokens,
          "llm.token_count.completion": call.outputTokens,
          "llm.token_count.total": call.inputTokens + call.outputTokens,
        }
      : {}),
    ...(output === undefined
      ? {}
      : {
          [ATTR_GEN_AI_OUTPUT_MESSAGES]: JSON.stringify([
            {
              role: "assistant",
              parts: [{ type: "text", content: output }],
              finish_reason: call.finishReason ?? "stop",
            },
          ]),
          "output.value": output,
        }),
  };
}
