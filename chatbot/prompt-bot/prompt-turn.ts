import { z } from "zod";
import type { TurnRecord } from "../../traces/index";
import { estimateCostUsd } from "../providers/cost";
import { ChatMessage, type LlmCall } from "../schema";
import type { TurnResult } from "../turn-record";

/** The pseudo-state every prompt-only turn reports: this bot has no machine, so no states. */
export const PROMPT_STATE = "prompt";

/** What a prompt-only turn saves to resume the conversation (the snapshot column): the capped history. */
export const PromptSnapshot = z.object({ bot: z.literal("prompt"), history: z.array(ChatMessage) });
export type PromptSnapshot = z.infer<typeof PromptSnapshot>;

/** Builds the persisted turn row and the caller's summary of one prompt-only turn (pure): no decision, no bookings. */
export function toPromptTurn(a: {
  conversationId: string;
  index: number;
  now: string;
  text: string;
  reply: string;
  snapshot: PromptSnapshot;
  call: LlmCall | null;
  error: string | null;
  latencyMs: number;
  traceId: string;
  createdAt: string;
}): { record: TurnRecord; result: TurnResult } {
  const calls = a.call ? [a.call] : [];
  const record: TurnRecord = {
    conversationId: a.conversationId,
    index: a.index,
    now: a.now,
    user: a.text,
    assistant: a.reply,
    stateBefore: PROMPT_STATE,
    stateAfter: PROMPT_STATE,
    snapshot: a.snapshot,
    understanding: null,
    decision: null,
    context: null,
    factIds: [],
    llmCalls: calls,
    latencyMs: a.latencyMs,
    inputTokens: calls.reduce((n, c) => n + c.inputTokens, 0),
    outputTokens: calls.reduce((n, c) => n + c.outputTokens, 0),
    costUsd: calls.reduce((n, c) => n + estimateCostUsd(c.model, c.inputTokens, c.outputTokens), 0),
    error: a.error,
    traceId: a.traceId,
    createdAt: a.createdAt,
  };
  const result: TurnResult = {
    conversationId: a.conversationId,
    turn: a.index,
    state: PROMPT_STATE,
    stateBefore: PROMPT_STATE,
    reply: a.reply,
    draft: {},
    expecting: null,
    understanding: null,
    decision: null,
    bookingIds: [],
    error: a.error,
    latencyMs: a.latencyMs,
  };
  return { record, result };
}
