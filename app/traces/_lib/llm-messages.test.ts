import { describe, expect, it } from "vitest";
import { aSpan } from "../../../traces/fixtures";
import { isLlmSpan, llmCallView } from "./llm-messages";

const turn = { user: "open saturday?", assistant: "We open 9–5 on Saturday.", understanding: { intent: "question" } };
const llm = (attributes: Record<string, unknown>) =>
  aSpan({ name: "chat understand", durationMs: 42, attributes: { "gen_ai.operation.name": "chat", ...attributes } });

describe("llmCallView", () => {
  it("shows the recorded messages (content capture on), structured output formatted", () => {
    const v = llmCallView(
      llm({
        "chat.job": "understand",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.provider.name": "openai",
        "gen_ai.usage.input_tokens": 310,
        "gen_ai.usage.output_tokens": 22,
        "gen_ai.response.finish_reasons": ["stop"],
        "gen_ai.input.messages": JSON.stringify([
          { role: "system", parts: [{ type: "text", content: "You read bike-shop messages." }] },
          { role: "user", parts: [{ type: "text", content: "open saturday?" }] },
        ]),
        "gen_ai.output.messages": JSON.stringify([
          { role: "assistant", parts: [{ type: "text", content: '{"intent":"question"}' }] },
        ]),
      }),
      turn,
    );
    expect(v).toMatchObject({
      job: "understand",
      model: "gpt-4o-mini",
      provider: "openai",
      inputTokens: 310,
      outputTokens: 22,
      durationMs: 42,
      finishReasons: ["stop"],
      costUsd: null,
      source: "span",
    });
    expect(v?.messages).toEqual([
      { role: "system", content: "You read bike-shop messages.", format: "text" },
      { role: "user", content: "open saturday?", format: "text" },
      { role: "assistant", content: '{\n  "intent": "question"\n}', format: "json" },
    ]);
  });

  it.each([
    ["understand", { role: "assistant", content: '{\n  "intent": "question"\n}', format: "json" }],
    ["reply", { role: "assistant", content: "We open 9–5 on Saturday.", format: "text" }],
  ])("without captured content, rebuilds the %s call from the turn", (job, answer) => {
    const v = llmCallView(llm({ "chat.job": job, "llm.cost.total": 0.0004 }), turn);
    expect(v?.source).toBe("turn");
    expect(v?.costUsd).toBe(0.0004);
    expect(v?.inputTokens).toBeNull();
    expect(v?.messages).toEqual([{ role: "user", content: "open saturday?", format: "text" }, answer]);
  });

  it("is null for a span that is not a model call", () => {
    const span = aSpan({ name: "chatbot.decide", attributes: {} });
    expect(isLlmSpan(span)).toBe(false);
    expect(llmCallView(span, turn)).toBeNull();
  });
});
