import type { TurnRecord } from "../traces/index";
import type { ChatContext } from "./context";
import type { BookingDraft, Decision, Understanding } from "./schema";

/** What a caller (CLI, route handler, simulator) gets back from one turn. */
export interface TurnResult {
  conversationId: string;
  turn: number;
  state: string;
  stateBefore: string;
  reply: string;
  draft: BookingDraft;
  expecting: string | null;
  understanding: Understanding | null;
  decision: Decision | null;
  bookingIds: string[];
  error: string | null;
  latencyMs: number;
}

/** Builds the persisted turn row from the machine's context after a turn. */
export function toTurnRecord(a: {
  conversationId: string;
  index: number;
  now: string;
  text: string;
  reply: string;
  stateBefore: string;
  stateAfter: string;
  snapshot: unknown;
  context: ChatContext;
  errors: string[];
  latencyMs: number;
  traceId: string;
  createdAt: string;
  costUsd: number;
}): TurnRecord {
  const c = a.context;
  return {
    conversationId: a.conversationId,
    index: a.index,
    now: a.now,
    user: a.text,
    assistant: a.reply,
    stateBefore: a.stateBefore,
    stateAfter: a.stateAfter,
    snapshot: a.snapshot,
    understanding: c.understanding,
    decision: c.decision,
    context: { draft: c.draft, expecting: c.expecting, identity: c.identity, effects: c.effects, next: c.next },
    factIds: c.decision?.factIds ?? [],
    llmCalls: c.llmCalls,
    latencyMs: a.latencyMs,
    inputTokens: c.llmCalls.reduce((n, x) => n + x.inputTokens, 0),
    outputTokens: c.llmCalls.reduce((n, x) => n + x.outputTokens, 0),
    costUsd: a.costUsd,
    error: a.errors.length ? a.errors.join("; ") : null,
    traceId: a.traceId,
    createdAt: a.createdAt,
  };
}

/** The caller-facing summary of a persisted turn. */
export function turnSummary(r: TurnRecord, c: ChatContext): TurnResult {
  return {
    conversationId: r.conversationId,
    turn: r.index,
    state: r.stateAfter,
    stateBefore: r.stateBefore,
    reply: r.assistant,
    draft: c.draft,
    expecting: c.expecting,
    understanding: c.understanding,
    decision: c.decision,
    bookingIds: c.effects.bookings.map((b) => b.id),
    error: r.error,
    latencyMs: r.latencyMs,
  };
}
