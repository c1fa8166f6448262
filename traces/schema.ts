import { z } from "zod";

/** JSON text column parsed back into a value (SQLite rows cross a boundary: parse them). */
export const JsonText = <T extends z.ZodTypeAny>(inner: T) =>
  z.string().transform((s, ctx) => {
    try {
      return inner.parse(JSON.parse(s)) as z.infer<T>;
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `invalid JSON column: ${(error as Error).message}` });
      return z.NEVER;
    }
  });

/** Where a conversation came from. */
export const Source = z.enum(["ui", "cli", "synthetic", "eval"]);
export type Source = z.infer<typeof Source>;

/** A conversation's header row. */
export const Conversation = z.object({
  id: z.string(),
  source: Source,
  scenarioId: z.string().nullable(),
  model: z.string(),
  promptVersion: z.string(),
  handbookVersion: z.string(),
  appVersion: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  turnCount: z.number().int(),
  finalState: z.string().nullable(),
});
export type Conversation = z.infer<typeof Conversation>;

/** What is needed to create a conversation. */
export const NewConversation = Conversation.pick({
  id: true,
  source: true,
  scenarioId: true,
  model: true,
  promptVersion: true,
  handbookVersion: true,
  appVersion: true,
  metadata: true,
  createdAt: true,
});
export type NewConversation = z.infer<typeof NewConversation>;

/**
 * A span's or event's attributes: an object of any values. As a loose object rather than `z.record(z.string(), …)`,
 * which checks every key as a string (an object's keys always are) and parsed a turn's spans ~3× slower, on every
 * traced turn's commit.
 */
const SpanAttributes = z.looseObject({});

/** One persisted span (OTel ReadableSpan flattened). */
export const SpanRecord = z.object({
  spanId: z.string(),
  traceId: z.string(),
  parentSpanId: z.string().nullable(),
  name: z.string(),
  startTime: z.string(),
  durationMs: z.number(),
  statusCode: z.enum(["unset", "ok", "error"]),
  statusMessage: z.string().nullable(),
  attributes: SpanAttributes,
  events: z.array(z.object({ name: z.string(), time: z.string(), attributes: SpanAttributes })),
});
export type SpanRecord = z.infer<typeof SpanRecord>;

/** One persisted turn: everything needed to read, label and replay it. */
export const TurnRecord = z.object({
  conversationId: z.string(),
  index: z.number().int().positive(),
  /** The reference time of the turn ("now" injected into the machine), ISO with offset. */
  now: z.string(),
  user: z.string(),
  assistant: z.string(),
  stateBefore: z.string(),
  stateAfter: z.string(),
  /** The machine's persisted snapshot after the turn (to resume the conversation). */
  snapshot: z.unknown(),
  understanding: z.unknown().nullable(),
  decision: z.unknown().nullable(),
  context: z.unknown().nullable(),
  factIds: z.array(z.string()),
  llmCalls: z.array(z.unknown()),
  latencyMs: z.number(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
  error: z.string().nullable(),
  traceId: z.string().nullable(),
  createdAt: z.string(),
});
export type TurnRecord = z.infer<typeof TurnRecord>;

/** A stored booking row. */
export const BookingRow = z.object({
  id: z.string(),
  conversationId: z.string(),
  service: z.string(),
  date: z.string(),
  time: z.string(),
  name: z.string(),
  contact: z.string(),
  priceUsd: z.number(),
  status: z.enum(["booked", "cancelled"]),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
});
export type BookingRow = z.infer<typeof BookingRow>;

/** Customer feedback (thumbs up/down + comment) on one reply. */
export const Feedback = z.object({
  id: z.string(),
  conversationId: z.string(),
  turnIndex: z.number().int().positive(),
  rating: z.enum(["up", "down"]),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof Feedback>;

/** Filters and paging for the conversation list. */
export const ConversationFilter = z.object({
  source: Source.optional(),
  finalState: z.string().optional(),
  /** Any of these final states (the trace browser's multi-select; combined with `finalState` when both are set). */
  finalStates: z.array(z.string()).max(20).optional(),
  /** Conversations with at least one reply rated this way by the customer. */
  feedback: z.enum(["up", "down"]).optional(),
  model: z.string().optional(),
  /** The bot variant in the conversation's metadata (`bot`); conversations without one are `machine`. */
  bot: z.string().optional(),
  /** Only these conversation ids (e.g. the traces a human labelled "fail"), for filters the caller resolves itself. */
  ids: z.array(z.string()).max(50_000).optional(),
  /** None of these conversation ids (e.g. every labelled trace, to list the unlabelled ones). */
  excludeIds: z.array(z.string()).max(200_000).optional(),
  /**
   * Facet groups (`conversation_facets`: "intent:book", "decision:invalid_slot", "latency:1000", "verdict:fail",
   * "emode:bad_data"): a conversation matches when it has at least one facet of every group (any of, within a group).
   */
  facets: z
    .array(z.array(z.string().min(1).max(120)).min(1).max(40))
    .max(8)
    .optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  text: z.string().optional(),
  sort: z.enum(["updated_desc", "updated_asc", "turns_desc", "created_desc"]).default("updated_desc"),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type ConversationFilter = z.input<typeof ConversationFilter>;
