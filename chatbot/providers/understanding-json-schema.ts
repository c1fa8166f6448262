import { z } from "zod";
import { handbook } from "../../knowledge-base/index";
import { Intent, Slots, Topic, Understanding } from "../schema";

/**
 * The understanding as the model must emit it: the shared `Understanding` schema with every field required
 * (nullable instead of optional, as OpenAI strict mode demands) and `notOffered` limited to the handbook's ids.
 */
export const UnderstandingOutput = z
  .object({
    intent: Intent,
    topics: z.array(Topic),
    slots: Slots.extend({
      notOffered: z.array(z.enum(handbook.notOffered.map((n) => n.id) as [string, ...string[]])).nullable(),
    })
      .required()
      .strict(),
  })
  .strict();

/** JSON schema sent as `response_format.json_schema.schema` (derived from zod, so it cannot drift). */
export const UNDERSTANDING_JSON_SCHEMA: Record<string, unknown> = (() => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(UnderstandingOutput, { io: "output" });
  return schema;
})();

/** Result of reading the model's content: an understanding, or why it could not be read. */
export type ParsedUnderstanding =
  | { ok: true; understanding: Understanding }
  | { ok: false; reason: "not_json" | "schema_mismatch"; detail: string; cause: unknown };

/**
 * Parses model content with JSON.parse + the shared `Understanding` schema (lenient about omitted optional fields,
 * so non-strict OpenAI-compatible servers still work; strict mode guarantees the full shape anyway).
 */
export function parseUnderstandingContent(content: string): ParsedUnderstanding {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (cause) {
    return { ok: false, reason: "not_json", detail: (cause as Error).message, cause };
  }
  const parsed = Understanding.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: "schema_mismatch", detail: z.prettifyError(parsed.error), cause: parsed.error };
  }
  return { ok: true, understanding: parsed.data };
}
