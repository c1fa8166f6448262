import type { Source, TraceStore } from "../../traces/index";

/** Test data: a conversation with `turns` turns in a trace store (fixed times; states walk idle → browsing → …). */
export function seedTrace(
  traces: TraceStore,
  id: string,
  options: {
    source?: Source;
    turns?: number;
    metadata?: Record<string, unknown>;
    createdAt?: string;
    states?: string[];
  } = {},
): void {
  const states = options.states ?? ["idle", "browsing", "booking.collecting", "booking.confirming", "booked"];
  const createdAt = options.createdAt ?? "2026-06-01T17:00:00.000Z";
  traces.createConversation({
    id,
    source: options.source ?? "ui",
    scenarioId: options.metadata ? `s_${id}` : null,
    model: "offline",
    promptVersion: "p1",
    handbookVersion: "h1",
    appVersion: "0.1.0",
    metadata: options.metadata ?? {},
    createdAt,
  });
  for (let index = 1; index <= (options.turns ?? 1); index++) {
    traces.commitTurn(
      {
        conversationId: id,
        index,
        now: "2026-06-01T10:00:00-07:00",
        user: `question ${index} of ${id}`,
        assistant: `answer ${index} of ${id}`,
        stateBefore: states[(index - 1) % states.length]!,
        stateAfter: states[index % states.length]!,
        snapshot: null,
        understanding: { intent: "question", topics: ["hours"], slots: {} },
        decision: { parts: [{ kind: "answer", topics: ["hours"] }], factIds: ["hours.sat"] },
        context: null,
        factIds: ["hours.sat"],
        llmCalls: [],
        latencyMs: 3,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: 0,
        error: null,
        traceId: null,
        createdAt: new Date(Date.parse(createdAt) + index * 1000).toISOString(),
      },
      [],
    );
  }
}
