import type { Token } from "node-llama-cpp";
import { describe, expect, it } from "vitest";
import { messagesAsDocument } from "./completion-prompts";
import { createLocalChatClient } from "./local-chat-client";
import type { LocalModel, NextTokenRequest } from "./local-model";
import { topLogprobs } from "./next-token";

const tok = (n: number) => n as Token;
const words: Record<number, string> = { 1: " pass", 2: " fail", 3: " sat", 4: "\n" };

describe("topLogprobs", () => {
  it("keeps the most probable tokens first, as text and natural-log probability, dropping zeros", () => {
    const probabilities = new Map([
      [tok(3), 0.1],
      [tok(1), 0.2],
      [tok(2), 0.6],
      [tok(4), 0],
    ]);
    const top = topLogprobs(probabilities, (t) => words[t] ?? "?", 2);
    expect(top.map((t) => t.token)).toEqual([" fail", " pass"]);
    expect(top[0]?.logprob).toBeCloseTo(Math.log(0.6), 12);
    expect(topLogprobs(probabilities, (t) => words[t] ?? "?", 10)).toHaveLength(3);
  });
});

describe("the scored judge's prompt ending for a base model", () => {
  it("is the document ending in 'Answer:', right before the verdict word (examples read 'Answer: fail')", () => {
    const doc = messagesAsDocument(
      [
        {
          role: "system",
          content: "Example 1:\nAssistant (turn 1): Open till 8.\nAnswer: fail\n\nReply with one word.",
        },
        { role: "user", content: "Assistant (turn 1): Open 9 to 3." },
      ],
      false,
    );
    expect(doc.endsWith("Open 9 to 3.\n\nAnswer:")).toBe(true);
    expect(doc).not.toMatch(/JSON:$/);
  });
});

describe("local chat client with logprobs", () => {
  it("answers a logprobs request with the next-token distribution (OpenAI shape), generating nothing", async () => {
    const asked: NextTokenRequest[] = [];
    const model = {
      name: "fake",
      nextTokens: async (r: NextTokenRequest) => {
        asked.push(r);
        return {
          top: [
            { token: " fail", logprob: -0.4 },
            { token: " pass", logprob: -1.2 },
          ],
          inputTokens: 40,
          evaluatedTokens: 6,
        };
      },
      complete: async () => {
        throw new Error("a scoring request must not generate");
      },
    } as unknown as LocalModel;
    const client = createLocalChatClient(async () => model);
    const res = await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "judge this" }],
      max_tokens: 1,
      logprobs: true,
      top_logprobs: 5,
    });
    expect(asked).toEqual([{ messages: [{ role: "user", content: "judge this" }], top: 5 }]);
    expect(res.choices[0]?.message.content).toBe(" fail");
    expect(res.choices[0]?.logprobs?.content?.[0]?.top_logprobs.map((t) => [t.token, t.logprob])).toEqual([
      [" fail", -0.4],
      [" pass", -1.2],
    ]);
    expect(res.usage).toMatchObject({ prompt_tokens: 40, completion_tokens: 1 });
  });
});
