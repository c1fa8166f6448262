import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { JsonChatClient, JsonChatRequest } from "../chatbot/index";
import { chatJson, grammarSchema } from "./chat-json";

const Move = z.object({ message: z.string().min(1).max(800).default(""), done: z.boolean() });

/** A client that records requests and answers `content`. */
function client(content: string, enforcesJsonSchema?: boolean) {
  const seen: JsonChatRequest[] = [];
  const c: JsonChatClient = {
    enforcesJsonSchema,
    chat: {
      completions: {
        create: async (body) => {
          seen.push(body);
          return {
            id: "x",
            object: "chat.completion",
            created: 0,
            model: body.model,
            choices: [
              {
                index: 0,
                logprobs: null,
                finish_reason: "stop",
                message: { role: "assistant", content, refusal: null },
              },
            ],
          };
        },
      },
    },
  };
  return { c, seen };
}

describe("chatJson", () => {
  it("plain JSON mode for a remote model, the schema for a client that enforces it with a grammar", async () => {
    for (const [enforces, type] of [
      [undefined, "json_object"],
      [true, "json_schema"],
    ] as const) {
      const { c, seen } = client('{"message":"hi","done":false}', enforces);
      expect(await chatJson({ client: c, model: "m", temperature: 0 }, [], Move, "t")).toEqual({
        message: "hi",
        done: false,
      });
      expect(seen[0]?.response_format?.type).toBe(type);
    }
  });
});

describe("grammarSchema", () => {
  it("drops defaults, keeps a non-empty string non-empty (minimum 1), caps string lengths at 300", () => {
    expect(grammarSchema(Move)).toEqual({
      type: "object",
      properties: { message: { type: "string", minLength: 1, maxLength: 300 }, done: { type: "boolean" } },
      required: ["done"],
    });
  });
});
