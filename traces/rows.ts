import { z } from "zod";
import { contactKey, nameKey } from "./booking-keys";
import { BookingRow, Conversation, Feedback, JsonText, type SpanRecord, TurnRecord } from "./schema";

/** SQL NULL stays null; any other text must be valid JSON. */
const NullableJson = z.union([z.null(), JsonText(z.unknown())]);
const Json = JsonText(z.unknown());

/** A `conversations` row parsed into a Conversation. */
export const ConversationDbRow = z
  .object({
    id: z.string(),
    source: z.string(),
    scenario_id: z.string().nullable(),
    model: z.string(),
    prompt_version: z.string(),
    handbook_version: z.string(),
    app_version: z.string(),
    metadata: Json,
    created_at: z.string(),
    updated_at: z.string(),
    turn_count: z.number(),
    final_state: z.string().nullable(),
  })
  .transform((r) => ({
    id: r.id,
    source: r.source,
    scenarioId: r.scenario_id,
    model: r.model,
    promptVersion: r.prompt_version,
    handbookVersion: r.handbook_version,
    appVersion: r.app_version,
    metadata: r.metadata,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    turnCount: r.turn_count,
    finalState: r.final_state,
  }))
  .pipe(Conversation);

/** A `turns` row parsed into a TurnRecord. */
export const TurnDbRow = z
  .object({
    conversation_id: z.string(),
    idx: z.number(),
    now: z.string(),
    user_text: z.string(),
    reply: z.string(),
    state_before: z.string(),
    state_after: z.string(),
    snapshot: NullableJson,
    understanding: NullableJson,
    decision: NullableJson,
    context: NullableJson,
    fact_ids: Json,
    llm_calls: Json,
    latency_ms: z.number(),
    input_tokens: z.number(),
    output_tokens: z.number(),
    cost_usd: z.number(),
    error: z.string().nullable(),
    trace_id: z.string().nullable(),
    created_at: z.string(),
  })
  .transform((r) => ({
    conversationId: r.conversation_id,
    index: r.idx,
    now: r.now,
    user: r.user_text,
    assistant: r.reply,
    stateBefore: r.state_before,
    stateAfter: r.state_after,
    snapshot: r.snapshot,
    understanding: r.understanding,
    decision: r.decision,
    context: r.context,
    factIds: r.fact_ids,
    llmCalls: r.llm_calls,
    latencyMs: r.latency_ms,
    inputTokens: r.input_tokens,
    outputTokens: r.output_tokens,
    costUsd: r.cost_usd,
    error: r.error,
    traceId: r.trace_id,
    createdAt: r.created_at,
  }))
  .pipe(TurnRecord);

/** A `bookings` row parsed into a BookingRow. */
export const BookingDbRow = z
  .object({
    id: z.string(),
    conversation_id: z.string(),
    service: z.string(),
    date: z.string(),
    time: z.string(),
    name: z.string(),
    contact: z.string(),
    price_usd: z.number(),
    status: z.string(),
    created_at: z.string(),
    cancelled_at: z.string().nullable(),
  })
  .transform(({ conversation_id, price_usd, created_at, cancelled_at, ...r }) => ({
    ...r,
    conversationId: conversation_id,
    priceUsd: price_usd,
    createdAt: created_at,
    cancelledAt: cancelled_at,
  }))
  .pipe(BookingRow);

/** A `feedback` row parsed into a Feedback. */
export const FeedbackDbRow = z
  .object({
    id: z.string(),
    conversation_id: z.string(),
    turn_idx: z.number(),
    rating: z.string(),
    comment: z.string().nullable(),
    created_at: z.string(),
  })
  .transform((r) => ({
    id: r.id,
    conversationId: r.conversation_id,
    turnIndex: r.turn_idx,
    rating: r.rating,
    comment: r.comment,
    createdAt: r.created_at,
  }))
  .pipe(Feedback);

const json = (value: unknown) => JSON.stringify(value ?? null);
const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Named bind parameters for inserting a turn. */
export const turnParams = (t: TurnRecord) => ({
  ...t,
  snapshot: jsonOrNull(t.snapshot),
  understanding: jsonOrNull(t.understanding),
  decision: jsonOrNull(t.decision),
  context: jsonOrNull(t.context),
  factIds: json(t.factIds),
  llmCalls: json(t.llmCalls),
});

/** Named bind parameters for inserting a span of no turn. */
export const spanParams = (s: SpanRecord) => ({ ...s, attributes: json(s.attributes), events: json(s.events) });

/** Start order, and on a start-time tie (ms precision) the longer, enclosing span first: parents before children. */
const byStart = (a: SpanRecord, b: SpanRecord) =>
  a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : b.durationMs - a.durationMs;

/** A turn's spans as stored in its `spans` column: a JSON array in start order. */
export const turnSpansJson = (spans: readonly SpanRecord[]) => JSON.stringify([...spans].sort(byStart));

/** Named bind parameters for inserting a booking, including its lookup keys. */
export const bookingParams = (b: BookingRow) => ({ ...b, nameKey: nameKey(b.name), contactKey: contactKey(b.contact) });
