import { describe, expect, it } from "vitest";
import {
  captureMessageContent,
  llmCallAttributes,
  llmResultAttributes,
  turnAttributes,
  turnOutputAttributes,
} from "./gen-ai-attributes";
import type { ChatProvider } from "./provider";
import type { LlmCall } from "./schema";

const provider = {
  name: "openai",
  model: "gpt-4o-mini",
  server: { address: "llm.local", port: 11434 },
} as ChatProvider;
const call: LlmCall = {
  job: "reply",
  provider: "openai",
  model: "gpt-4o-mini-2024-07-18",
  inputTokens: 120,
  outputTokens: 30,
  latencyMs: 5,
  finishReason: "stop",
  error: null,
  responseId: "chatcmpl-1",
};

describe("GenAI + OpenInference attributes", () => {
  it.each([
    [{ OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "true" }, true],
    [{ OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "TRUE " }, true],
    [{ OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: "1" }, false],
    [{}, false],
  ])("content capture for %j is %s", (env, on) => expect(captureMessageContent(env)).toBe(on));

  it("a model call: current provider attribute (not gen_ai.system), server, session, no text unless given", () => {
    const attrs = llmCallAttributes(provider, "c1", "reply");
    expect(attrs).toEqual({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.conversation.id": "c1",
      "server.address": "llm.local",
      "server.port": 11434,
      "session.id": "c1",
      "openinference.span.kind": "LLM",
      "llm.model_name": "gpt-4o-mini",
      "llm.provider": "openai",
      "chat.job": "reply",
    });
    expect(llmCallAttributes(provider, "c1", "reply", "hi")).toMatchObject({
      "input.value": "hi",
      "gen_ai.input.messages": '[{"role":"user","parts":[{"type":"text","content":"hi"}]}]',
    });
  });

  it("request parameters from the provider, per job; none for an engine that sends no request", () => {
    const withParams = {
      ...provider,
      requestParameters: (job: "understand" | "reply") =>
        job === "understand"
          ? { temperature: 0, stream: false, outputType: "json" as const }
          : { stream: true, outputType: "text" as const, maxTokens: 300 },
    };
    expect(llmCallAttributes(withParams, "c1", "understand")).toMatchObject({
      "gen_ai.request.temperature": 0,
      "gen_ai.request.stream": false,
      "gen_ai.output.type": "json",
    });
    expect(llmCallAttributes(withParams, "c1", "reply")).toMatchObject({
      "gen_ai.request.max_tokens": 300,
      "gen_ai.request.stream": true,
      "gen_ai.output.type": "text",
    });
    expect(llmCallAttributes(withParams, "c1", "reply")).not.toHaveProperty("gen_ai.request.temperature");
    expect(
      Object.keys(llmCallAttributes(provider, "c1", "reply")).filter(
        (k) => k.startsWith("gen_ai.request.") && k !== "gen_ai.request.model",
      ),
    ).toEqual([]);
  });

  it("a result: response id and model, usage only when measured, output text only when given", () => {
    expect(llmResultAttributes(call)).toEqual({
      "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
      "gen_ai.response.finish_reasons": ["stop"],
      "gen_ai.response.id": "chatcmpl-1",
      "gen_ai.usage.input_tokens": 120,
      "gen_ai.usage.output_tokens": 30,
      "llm.token_count.prompt": 120,
      "llm.token_count.completion": 30,
      "llm.token_count.total": 150,
    });
    const offline = llmResultAttributes(
      { ...call, inputTokens: 0, outputTokens: 0, responseId: undefined },
      "Open 9 to 3.",
    );
    expect(Object.keys(offline).filter((k) => k.includes("token") || k.includes("response.id"))).toEqual([]);
    expect(offline).toMatchObject({ "output.value": "Open 9 to 3." });
  });

  it("a turn is an OpenInference CHAIN in its session; text only with capture on", () => {
    expect(turnAttributes({ conversationId: "c1", index: 2, source: "cli" })).toEqual({
      "gen_ai.conversation.id": "c1",
      "session.id": "c1",
      "openinference.span.kind": "CHAIN",
      "chat.turn.index": 2,
      "chat.source": "cli",
    });
    expect(turnAttributes({ conversationId: "c1", index: 1, source: "web", input: "hello" })).toMatchObject({
      "input.value": "hello",
    });
    expect([turnOutputAttributes(undefined), turnOutputAttributes("hi")]).toEqual([
      {},
      { "output.value": "hi", "output.mime_type": "text/plain" },
    ]);
  });
});
