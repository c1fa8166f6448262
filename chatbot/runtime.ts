import { AsyncLocalStorage } from "node:async_hooks";
import { type Context, context as otelContext, type Span, type Tracer, trace } from "@opentelemetry/api";
import { createActor, fromPromise, type SnapshotFrom, waitFor } from "xstate";
import type { KnowledgeBase } from "../knowledge-base/index";
import type { Source, SpanRecord, TraceStore, TurnRecord } from "../traces/index";
import { redactDeep, redactSecrets, withSpan } from "../traces/index";
import { admitMessage, newConversation } from "./admit-message";
import { conversationBot, wrongBotError } from "./bot-variant";
import { turnAttributes, turnOutputAttributes } from "./gen-ai-attributes";
import { genAiCall } from "./gen-ai-span";
import { heldReply, notStoredReply } from "./held-reply";
import { createKeyedQueue } from "./keyed-queue";
import { type ChatMachine, createChatMachine } from "./machine";
import type { ChatProvider, TokenSink } from "./provider";
import { estimateCostUsd } from "./providers/cost";
import type { Booking } from "./schema";
import { stateName } from "./state-name";
import { type TurnResult, toTurnRecord, turnSummary } from "./turn-record";
import type { TurnWrite, TurnWriter } from "./turn-writer";
import { type TurnRefusal, unknownConversation } from "./validate-message";

/** Span buffering for atomic turns: spans of a held trace are kept until the turn row is committed with them. */
export interface SpanHold {
  holdTrace(traceId: string): void;
  take(traceId: string): SpanRecord[];
}

/** Everything the runtime needs, injected (production factory in `create-runtime.ts`, fakes in tests). */
export interface ChatRuntimeDeps {
  store: TraceStore;
  writer: TurnWriter;
  provider: ChatProvider;
  promptVersion: string;
  kb: KnowledgeBase;
  tracer: Tracer;
  spans: SpanHold | null;
  clock: () => Date;
  newId: (prefix: "c" | "BK") => string;
  appVersion: string;
  /** Mask emails/phone numbers in what is stored as a trace (TRACE_REDACT_PII=1); bookings keep the real contact. */
  redactPii?: boolean;
  /** Put message text on spans (OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true) for Phoenix/Langfuse views. */
  captureContent?: boolean;
}

/** One customer message to process. */
export interface TurnRequest {
  conversationId?: string;
  message: string;
  /** Reference time (ISO with offset); defaults to the clock. */
  now?: string;
  source: Source;
  scenarioId?: string | null;
  metadata?: Record<string, unknown>;
  onToken?: TokenSink;
  /** The span context to nest the turn under (the HTTP request span in the server); a new trace when absent. */
  parent?: Context;
}

/** Expected failures are values; the caller maps them to a message or an HTTP status. */
export type TurnOutcome = { ok: true; turn: TurnResult } | { ok: false; error: TurnRefusal };

/** The chat runtime: runs one machine turn per message and persists it as a trace. */
export interface ChatRuntime {
  runTurn(req: TurnRequest): Promise<TurnOutcome>;
  deps: ChatRuntimeDeps;
}

type ChatSnapshot = SnapshotFrom<ChatMachine>;
type TurnScope = { ctx: Context; conversationId: string; onToken: TokenSink };

/** Creates the runtime over injected dependencies. */
export function createChatRuntime(deps: ChatRuntimeDeps): ChatRuntime {
  const enqueue = createKeyedQueue();
  const turnScope = new AsyncLocalStorage<TurnScope>();
  const scope = () => {
    const current = turnScope.getStore();
    if (!current) throw new Error("chat actor started outside a turn");
    return current;
  };
  const provider = deps.provider;
  // Provided once per runtime: re-providing per turn rebuilds the whole state graph.
  const machine = createChatMachine(deps.kb.handbook).provide({
    actors: {
      understand: fromPromise(({ input, signal }) => {
        const s = scope();
        return otelContext.with(s.ctx, () =>
          genAiCall(
            deps.tracer,
            provider,
            s.conversationId,
            "understand",
            () => provider.understand(input, signal),
            deps.captureContent ? { input: input.message, output: (o) => JSON.stringify(o.understanding) } : undefined,
          ),
        );
      }),
      writeReply: fromPromise(({ input, signal }) => {
        const s = scope();
        return otelContext.with(s.ctx, () =>
          genAiCall(
            deps.tracer,
            provider,
            s.conversationId,
            "reply",
            () => provider.writeReply(input, s.onToken, signal),
            deps.captureContent ? { input: input.message, output: (o) => o.text } : undefined,
          ),
        );
      }),
      lookupBookings: fromPromise(async ({ input }) =>
        otelContext.with(scope().ctx, () =>
          withSpan(deps.tracer, "bookings.lookup", {}, () =>
            deps.store
              .findBookings(input.name, input.contact)
              .map((b): Booking => ({ ...b, service: b.service as Booking["service"] })),
          ),
        ),
      ),
    },
  });
  const latest = new Map<string, { index: number; snapshot: unknown }>();

  async function runTurn(req: TurnRequest): Promise<TurnOutcome> {
    const check = await admitMessage(deps.tracer, req, "machine");
    if (!check.ok) return check;
    let conversationId = req.conversationId;
    let isNew = false;
    if (conversationId) {
      const stored = latest.has(conversationId) ? null : deps.store.getConversation(conversationId);
      if (!latest.has(conversationId) && !stored) return { ok: false, error: unknownConversation(conversationId) };
      if (stored && conversationBot(stored.metadata) !== "machine")
        return { ok: false, error: wrongBotError(conversationId, conversationBot(stored.metadata), "machine") };
    } else {
      conversationId = deps.newId("c");
      isNew = true;
    }
    const id = conversationId;
    return enqueue(id, () => turn(id, check.text, isNew, req));
  }

  async function turn(conversationId: string, text: string, isNew: boolean, req: TurnRequest): Promise<TurnOutcome> {
    const started = performance.now();
    const now = req.now ?? deps.clock().toISOString();
    // The store wins when it is ahead of this process's cache: another process (the CLI beside the server) appended
    // to this conversation, so this turn continues after it, from its state, instead of reusing its index.
    // Only the stored index is read each turn; the row (snapshot JSON, parsed) only when the store is ahead.
    const cached = latest.get(conversationId);
    const storedIndex = deps.store.lastTurnIndex(conversationId);
    const t =
      storedIndex !== null && (!cached || storedIndex > cached.index) ? deps.store.lastTurn(conversationId) : null;
    const last = t ? { index: t.index, snapshot: t.snapshot } : (cached ?? null);
    const index = (last?.index ?? 0) + 1;
    const attributes = turnAttributes({
      conversationId,
      index,
      source: req.source,
      input: deps.captureContent ? text : undefined,
    });
    const root = req.parent
      ? deps.tracer.startSpan("chat.turn", { attributes }, req.parent)
      : deps.tracer.startSpan("chat.turn", { root: true, attributes });
    const traceId = root.spanContext().traceId;
    deps.spans?.holdTrace(traceId);
    const ctx = trace.setSpan(otelContext.active(), root);
    const provider = deps.provider;
    const actor = last
      ? createActor(machine, { snapshot: last.snapshot as ChatSnapshot, input: { handbookVersion: deps.kb.version } })
      : createActor(machine, { input: { handbookVersion: deps.kb.version } });
    const changesBookings = (c: ChatSnapshot["context"]) =>
      c.effects.bookings.length + c.effects.cancelBookingIds.length > 0;
    const held = heldReply(req.onToken ?? (() => {}), () => changesBookings(actor.getSnapshot().context));
    const onToken = held.sink;
    let prevState = last ? stateName((last.snapshot as { value: unknown }).value) : "idle";
    const stateBefore = prevState;
    const path: string[] = [stateBefore];
    actor.subscribe((s) => {
      const next = stateName(s.value);
      if (next === prevState) return;
      path.push(next);
      if (next === "turn.lookingUp" || next === "turn.replying") {
        const span = deps.tracer.startSpan("chatbot.decide", {}, ctx);
        recordDecision(span, s);
        span.end();
      }
      prevState = next;
    });
    const sentAt = Date.now();
    actor.start();
    let snap: ChatSnapshot;
    let failure: string | null = null;
    let persistedOk: unknown = null;
    try {
      const event = { type: "USER_MESSAGE" as const, text, now, newId: deps.newId("BK") };
      // The invoked actors start inside send() and inherit this turn's scope (token sink, span context) via ALS.
      turnScope.run({ ctx, conversationId, onToken }, () => actor.send(event));
      snap = await waitFor(actor, (s) => s.hasTag("stable"), { timeout: 120_000 });
      // Persist while the actor is still running and idle: a stopped snapshot cannot be resumed.
      persistedOk = compactSnapshot(actor.getPersistedSnapshot());
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      root.recordException(error as Error);
      snap = actor.getSnapshot();
    } finally {
      actor.stop();
    }
    const context = snap.context;
    // Error texts can quote a provider's answer, which some servers make echo the key: never store a secret.
    const errors = [...context.errors, ...(failure ? [`machine: ${failure}`] : [])].map((e) => redactSecrets(e));
    const reply = failure
      ? `Sorry — something went wrong on my side. Please try again, or call us on ${deps.kb.handbook.shop.phone}.`
      : context.reply;
    if (failure) onToken(reply);
    const stateAfter = failure ? stateBefore : stateName(snap.value);
    // One span for the machine's whole transition this turn, with the internal path it took.
    deps.tracer
      .startSpan(
        "xstate.transition",
        { startTime: sentAt, attributes: { "xstate.from": stateBefore, "xstate.to": stateAfter, "xstate.path": path } },
        ctx,
      )
      .end();
    const persisted = failure ? (last?.snapshot ?? null) : persistedOk;
    const latencyMs = performance.now() - started;
    root.setAttributes({
      "chat.state.before": stateBefore,
      "chat.state.after": stateAfter,
      "chat.latency_ms": latencyMs,
      ...turnOutputAttributes(deps.captureContent ? reply : undefined),
    });
    if (errors.length) root.setStatus({ code: 2, message: errors.join("; ") });
    root.end();
    const spans = deps.spans?.take(traceId) ?? [];
    const calls = context.llmCalls;
    const record = toTurnRecord({
      conversationId,
      index,
      now,
      text,
      reply,
      stateBefore,
      stateAfter,
      snapshot: persisted,
      context,
      errors,
      latencyMs,
      traceId,
      createdAt: deps.clock().toISOString(),
      costUsd: calls.reduce((n, c) => n + estimateCostUsd(c.model, c.inputTokens, c.outputTokens), 0),
    });
    const by = {
      bot: "machine" as const,
      model: provider.model,
      promptVersion: deps.promptVersion,
      handbookVersion: deps.kb.version,
      appVersion: deps.appVersion,
    };
    const conversation = isNew ? newConversation(req, conversationId, by, record.createdAt) : null;
    if (persisted) latest.set(conversationId, { index, snapshot: persisted });
    if (latest.size > 2000) latest.delete(latest.keys().next().value as string);
    const write = (r: TurnRecord, effects: TurnWrite["effects"]): TurnWrite =>
      deps.redactPii
        ? {
            conversation: conversation && redactDeep(conversation),
            turn: redactDeep(r),
            spans: redactDeep(spans),
            effects,
          }
        : { conversation, turn: r, spans, effects };
    const effects = {
      bookings: context.effects.bookings.map((b) => ({
        ...b,
        conversationId,
        createdAt: record.createdAt,
        cancelledAt: null,
      })),
      cancelBookingIds: context.effects.cancelBookingIds.map((bid) => ({ id: bid, at: record.createdAt })),
    };
    if (!changesBookings(context)) {
      deps.writer.write(write(record, effects));
      return { ok: true, turn: turnSummary(record, context) };
    }
    if (deps.writer.writeNow(write(record, effects))) {
      held.release();
      return { ok: true, turn: turnSummary(record, context) };
    }
    // Not durable, so not confirmed: the customer hears it did not go through, the machine stays where it was and
    // the turn is kept (queued, retried, dead-lettered) without its booking effects.
    const notStored = notStoredReply(deps.kb.handbook.shop.phone);
    held.replace(notStored);
    const unchanged = { ...context, effects: { ...context.effects, bookings: [], cancelBookingIds: [] } };
    const failed = toTurnRecord({
      conversationId,
      index,
      now,
      text,
      reply: notStored,
      stateBefore,
      stateAfter: stateBefore,
      snapshot: last?.snapshot ?? null,
      context: unchanged,
      errors: [...errors, "store: booking not stored"],
      latencyMs,
      traceId,
      createdAt: record.createdAt,
      costUsd: record.costUsd,
    });
    // The turn keeps its index (it is stored, just without the booking); the machine resumes from before it.
    if (last) latest.set(conversationId, { index, snapshot: last.snapshot });
    else latest.delete(conversationId);
    deps.writer.write(write(failed, { bookings: [], cancelBookingIds: [] }));
    return { ok: true, turn: turnSummary(failed, unchanged) };
  }

  return { runTurn, deps };
}

/** The persisted snapshot without the per-turn scratch (stored in the turn's own columns and reset every turn). */
export function compactSnapshot(snapshot: unknown): unknown {
  const s = snapshot as { context?: Record<string, unknown> };
  if (!s?.context) return snapshot;
  const scratch = {
    message: "",
    reply: "",
    understanding: null,
    decision: null,
    llmCalls: [],
    errors: [],
    effects: { bookings: [], cancelBookingIds: [] },
  };
  return { ...s, context: { ...s.context, ...scratch } };
}

function recordDecision(span: Span, s: ChatSnapshot) {
  const c = s.context;
  span.setAttributes({
    "chat.intent": c.understanding?.intent ?? "unknown",
    "chat.decision.parts": (c.decision?.parts ?? []).map((p) => p.kind),
    "chat.decision.fact_ids": c.decision?.factIds ?? [],
    "chat.next_state": c.next,
    "chat.validation": JSON.stringify((c.decision?.parts ?? []).filter((p) => p.kind === "invalid_slot")),
  });
}
