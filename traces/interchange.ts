import { z } from "zod";
import type { Conversation, SpanRecord, TurnRecord } from "./schema";

/** A turn with the spans stored with it (the root `chat.turn` span links an example back to its trace). */
type Turn = TurnRecord & { spans?: readonly SpanRecord[] };
type Message = { role: "user" | "assistant"; content: string };

const byIndex = (turns: readonly Turn[]) => [...turns].sort((a, b) => a.index - b.index);
const history = (turns: readonly Turn[], upTo: number): Message[] =>
  turns.slice(0, upTo).flatMap((t): Message[] => [
    { role: "user", content: t.user },
    { role: "assistant", content: t.assistant },
  ]);
const rootSpanId = (t: Turn) => t.spans?.find((s) => s.name === "chat.turn")?.spanId ?? null;

/**
 * OpenAI chat fine-tuning line (platform.openai.com/docs/guides/fine-tuning, "chat format"): `messages` only, roles
 * system/user/assistant; the format allows no other keys, so trace ids cannot ride along (see the other formats).
 */
export const OpenAIChatLine = z.strictObject({
  messages: z
    .array(
      z.strictObject({
        role: z.enum(["system", "user", "assistant"]),
        content: z.string(),
        weight: z.literal([0, 1]).optional(),
      }),
    )
    .min(2),
});
export type OpenAIChatLine = z.infer<typeof OpenAIChatLine>;

/** A whole conversation as one fine-tuning example; an optional system prompt first. Null when it has no turns. */
export function toOpenAIChatLine(turns: readonly Turn[], system?: string): OpenAIChatLine | null {
  const messages = history(byIndex(turns), turns.length);
  if (messages.length === 0) return null;
  return { messages: system ? [{ role: "system", content: system }, ...messages] : messages };
}

/**
 * A Langfuse dataset item as `POST /api/public/dataset-items` takes it (CreateDatasetItemRequest): one per turn, the
 * conversation so far as input, the bot's reply as expected output, linked to the turn's trace by `sourceTraceId`.
 */
export const LangfuseDatasetItem = z.strictObject({
  datasetName: z.string().min(1),
  id: z.string().min(1),
  input: z.strictObject({
    messages: z.array(z.strictObject({ role: z.enum(["user", "assistant"]), content: z.string() })).min(1),
  }),
  expectedOutput: z.strictObject({ role: z.literal("assistant"), content: z.string() }),
  metadata: z.record(z.string(), z.unknown()),
  sourceTraceId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  sourceObservationId: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
});
export type LangfuseDatasetItem = z.infer<typeof LangfuseDatasetItem>;

/** Per-turn metadata every dataset export carries. */
function turnMetadata(c: Conversation, t: Turn) {
  return {
    conversation_id: c.id,
    turn: t.index,
    trace_id: t.traceId,
    now: t.now,
    state_before: t.stateBefore,
    state_after: t.stateAfter,
    fact_ids: t.factIds,
    source: c.source,
    model: c.model,
    prompt_version: c.promptVersion,
    handbook_version: c.handbookVersion,
  };
}

/** Every turn of a conversation as a Langfuse dataset item (ids `<conversation>:<turn>`, stable across exports). */
export function toLangfuseItems(c: Conversation, turns: readonly Turn[], datasetName: string): LangfuseDatasetItem[] {
  const ordered = byIndex(turns);
  return ordered.map((t, i) => {
    const span = rootSpanId(t);
    return {
      datasetName,
      id: `${c.id}:${t.index}`,
      input: { messages: [...history(ordered, i), { role: "user" as const, content: t.user }] },
      expectedOutput: { role: "assistant" as const, content: t.assistant },
      metadata: turnMetadata(c, t),
      ...(t.traceId ? { sourceTraceId: t.traceId } : {}),
      ...(t.traceId && span ? { sourceObservationId: span } : {}),
    };
  });
}

/**
 * The body of Phoenix's `POST /v1/datasets/upload` (JSON): parallel arrays of inputs, outputs and metadata, one
 * example per turn, `span_ids` linking each to its turn's root span, `example_ids` stable across exports.
 */
export const PhoenixDatasetUpload = z
  .strictObject({
    action: z.literal("create"),
    name: z.string().min(1),
    description: z.string(),
    inputs: z.array(
      z.strictObject({
        messages: z.array(z.strictObject({ role: z.enum(["user", "assistant"]), content: z.string() })),
      }),
    ),
    outputs: z.array(z.strictObject({ content: z.string() })),
    metadata: z.array(z.record(z.string(), z.unknown())),
    span_ids: z.array(z.string().nullable()),
    example_ids: z.array(z.string()),
  })
  .refine(
    (d) => [d.outputs, d.metadata, d.span_ids, d.example_ids].every((a) => a.length === d.inputs.length),
    "arrays must be parallel",
  );
export type PhoenixDatasetUpload = z.infer<typeof PhoenixDatasetUpload>;

/** Collects conversations into one Phoenix dataset upload body. */
export function toPhoenixDataset(
  conversations: Iterable<{ conversation: Conversation; turns: readonly Turn[] }>,
  name: string,
): PhoenixDatasetUpload {
  const body: PhoenixDatasetUpload = {
    action: "create",
    name,
    description: "JO's Bike Shop turns exported by `pnpm traces export --format phoenix`",
    inputs: [],
    outputs: [],
    metadata: [],
    span_ids: [],
    example_ids: [],
  };
  for (const { conversation: c, turns } of conversations) {
    const ordered = byIndex(turns);
    ordered.forEach((t, i) => {
      body.inputs.push({ messages: [...history(ordered, i), { role: "user", content: t.user }] });
      body.outputs.push({ content: t.assistant });
      body.metadata.push(turnMetadata(c, t));
      body.span_ids.push(rootSpanId(t));
      body.example_ids.push(`${c.id}:${t.index}`);
    });
  }
  return body;
}
