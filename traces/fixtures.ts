import type { BookingRow, NewConversation, SpanRecord, TurnRecord } from "./schema";

/** Test data builders (used by this folder's tests and the crash-test child process); fixed times, no randomness. */
export const T0 = "2026-11-23T15:00:00.000Z";

/** An ISO time `minutes` after T0. */
export const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

/** A new conversation with sensible defaults. */
export function aConversation(overrides: Partial<NewConversation> = {}): NewConversation {
  return {
    id: "c1",
    source: "ui",
    scenarioId: null,
    model: "gpt-test",
    promptVersion: "p1",
    handbookVersion: "h1",
    appVersion: "0.1.0",
    metadata: {},
    createdAt: T0,
    ...overrides,
  };
}

/** A turn of conversation `c1` with sensible defaults. */
export function aTurn(overrides: Partial<TurnRecord> = {}): TurnRecord {
  const index = overrides.index ?? 1;
  return {
    conversationId: "c1",
    index,
    now: "2026-11-23T10:00:00-05:00",
    user: `user message ${index}`,
    assistant: `assistant reply ${index}`,
    stateBefore: "idle",
    stateAfter: "idle",
    snapshot: { value: "idle", context: { index } },
    understanding: { intent: "hours" },
    decision: null,
    context: null,
    factIds: ["hours.weekday"],
    llmCalls: [{ model: "gpt-test", ms: 12 }],
    latencyMs: 123.5,
    inputTokens: 100,
    outputTokens: 20,
    costUsd: 0.0012,
    error: null,
    traceId: `trace-${index}`,
    createdAt: at(index),
    ...overrides,
  };
}

/** A span with sensible defaults. */
export function aSpan(overrides: Partial<SpanRecord> = {}): SpanRecord {
  return {
    spanId: "s1",
    traceId: "trace-1",
    parentSpanId: null,
    name: "turn",
    startTime: T0,
    durationMs: 5.25,
    statusCode: "ok",
    statusMessage: null,
    attributes: { "conversation.id": "c1", tokens: 3, tags: ["a", "b"] },
    events: [{ name: "retrieved", time: T0, attributes: { count: 2 } }],
    ...overrides,
  };
}

/** A booking of conversation `c1` with sensible defaults. */
export function aBooking(overrides: Partial<BookingRow> = {}): BookingRow {
  return {
    id: "b1",
    conversationId: "c1",
    service: "tune_up",
    date: "2026-11-24",
    time: "10:00",
    name: "Jo Smith",
    contact: "555-010-2030",
    priceUsd: 89,
    status: "booked",
    createdAt: at(1),
    cancelledAt: null,
    ...overrides,
  };
}
