import type { JsonChatClient } from "../chatbot/index";
import { z } from "zod";

/** One chat message sent to the generator's model. */
export type JsonChatMessage = { role: "system" | "user" | "assistant"; content: string };

/** Settings of one JSON chat call: the generator's own model config (never the bot's). */
export interface JsonChatConfig {
  client: JsonChatClient;
  model: string;
  temperature: number;
}

/**
 * One chat completion in JSON mode, parsed and validated with zod. An invalid answer is retried once; a second
 * failure throws with the validation error as `cause` (the caller decides whether the run can go on).
 */
export async function chatJson<T>(
  cfg: JsonChatConfig,
  messages: JsonChatMessage[],
  schema: z.ZodType<T>,
  label: string,
): Promise<T> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    const res = await cfg.client.chat.completions.create({
      model: cfg.model,
      temperature: cfg.temperature,
      messages,
      response_format: cfg.client.enforcesJsonSchema
        ? { type: "json_schema", json_schema: { name: "answer", schema: grammarSchema(schema) } }
        : { type: "json_object" },
    });
    const content = res.choices[0]?.message?.content ?? "";
    try {
      return schema.parse(JSON.parse(content));
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`${label}: the model's JSON did not match the schema twice`, { cause: lastError });
}

/** Longest string a grammar allows: keeps a rambling model inside its token limit (zod still checks the real bounds). */
const GRAMMAR_MAX_STRING = 300;

/**
 * The zod schema as a JSON schema for a grammar: no defaults, a required non-empty string stays non-empty (minimum
 * length 1: a base model left free writes `{"query":""}`, measured on Gemma 3 270M), maximum lengths capped; zod still
 * checks the real bounds.
 */
export function grammarSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return JSON.parse(
    JSON.stringify(json, (key, value) =>
      key === "default" ? undefined : key === "minLength" ? Math.min(Number(value), 1) || undefined : value,
    ),
    (_key, value) =>
      value && typeof value === "object" && value.type === "string"
        ? { ...value, maxLength: Math.min(value.maxLength ?? GRAMMAR_MAX_STRING, GRAMMAR_MAX_STRING) }
        : value,
  );
}
