import { context as otelContext, trace } from "@opentelemetry/api";
import { redactDeep } from "../../traces/index";
import { admitMessage, newConversation } from "../admit-message";
import { conversationBot, promptBotNeedsModel, wrongBotError } from "../bot-variant";
import { genAiCall } from "../gen-ai-span";
import { createKeyedQueue } from "../keyed-queue";
import { isProviderError } from "../providers/provider-error";
import type { ChatRuntime, ChatRuntimeDeps, TurnOutcome, TurnRequest } from "../runtime";
import type { LlmCall } from "../schema";
import { unknownConversation } from "../validate-message";
import { buildPromptBotSystem, capHistory, PROMPT_BOT_VERSION } from "./prompt-bot-prompt";
import { PROMPT_STATE, PromptSnapshot, toPromptTurn } from "./prompt-turn";

/** Longest a prompt-only turn may take (the machine bot's turn limit); the provider's own timeouts usually end it first. */
const TURN_TIMEOUT_MS = 120_000;

type Resumed = { index: number; snapshot: PromptSnapshot; problem?: string };

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * The prompt-only bot (decision 005): one streamed LLM call with the handbook in the system prompt and the recent
 * conversation; no understanding step, no validation, no bookings written. Traced like the machine bot (turn row,
 * `chat.turn` root span, one GenAI span, tokens, cost) with `bot: "prompt"` on the conversation. Throws a
 * `BotConfigError` when the provider has no model (offline engine).
 */
export function createPromptRuntime(deps: ChatRuntimeDeps): ChatRuntime {
  const provider = deps.provider;
  if (!provider.respond) throw promptBotNeedsModel(provider.name); // checkBotProvider, narrowed for the compiler
  const respond = provider.respond.bind(provider);
  const { handbook } = deps.kb;
  const enqueue = createKeyedQueue();
  const latest = new Map<string, Resumed>();

  async function runTurn(req: TurnRequest): Promise<TurnOutcome> {
    const check = await admitMessage(deps.tracer, req, "prompt");
    if (!check.ok) return check;
    const id = req.conversationId ?? deps.newId("c");
    if (req.conversationId && !latest.has(id)) {
      const stored = deps.store.getConversation(id);
      if (!stored) return { ok: false, error: unknownConversation(id) };
      const held = conversationBot(stored.metadata);
      if (held !== "prompt") return { ok: false, error: wrongBotError(id, held, "prompt") };
    }
    return enqueue(id, () => turn(id, check.text, !req.conversationId, req));
  }

  async function turn(conversationId: string, text: string, isNew: boolean, req: TurnRequest): Promise<TurnOutcome> {
    const started = performance.now();
    const now = req.now ?? deps.clock().toISOString();
    const last = latest.get(conversationId) ?? restore(conversationId);
    const index = (last?.index ?? 0) + 1;
    const history = last?.snapshot.history ?? [];
    const root = deps.tracer.startSpan("chat.turn", {
      root: true,
      attributes: {
        "gen_ai.conversation.id": conversationId,
        "chat.turn.index": index,
        "chat.source": req.source,
        "chat.bot": "prompt",
      },
    });
    const traceId = root.spanContext().traceId;
    deps.spans?.holdTrace(traceId);
    const ctx = trace.setSpan(otelContext.active(), root);
    const onToken = req.onToken ?? (() => {});
    let reply: string;
    let call: LlmCall | null = null;
    const errors: string[] = last?.problem ? [last.problem] : [];
    try {
      const input = {
        system: buildPromptBotSystem(handbook, deps.kb.facts, now),
        history: capHistory(history),
        message: text,
      };
      const signal = AbortSignal.timeout(TURN_TIMEOUT_MS);
      const out = await otelContext.with(ctx, () =>
        genAiCall(deps.tracer, provider, conversationId, "reply", () => respond(input, onToken, signal)),
      );
      reply = out.text;
      call = out.call;
    } catch (e) {
      // The model failed: no validated decision to fall back on, so the customer gets a plain apology with contacts.
      errors.push(`reply: ${errorText(e)}`);
      call = isProviderError(e) ? e.call : null;
      reply = `Sorry — I can't answer right now. Please call us on ${handbook.shop.phone} or email ${handbook.shop.email}.`;
      onToken(reply);
    }
    const error = errors.length ? errors.join("; ") : null;
    const latencyMs = performance.now() - started;
    root.setAttributes({
      "chat.state.before": PROMPT_STATE,
      "chat.state.after": PROMPT_STATE,
      "chat.latency_ms": latencyMs,
    });
    if (error) root.setStatus({ code: 2, message: error });
    root.end();
    const spans = deps.spans?.take(traceId) ?? [];
    const snapshot: PromptSnapshot = {
      bot: "prompt",
      history: capHistory([...history, { role: "user", content: text }, { role: "assistant", content: reply }]),
    };
    const createdAt = deps.clock().toISOString();
    const { record, result } = toPromptTurn({
      conversationId,
      index,
      now,
      text,
      reply,
      snapshot,
      call,
      error,
      latencyMs,
      traceId,
      createdAt,
    });
    const by = {
      bot: "prompt" as const,
      model: provider.model,
      promptVersion: PROMPT_BOT_VERSION,
      handbookVersion: deps.kb.version,
      appVersion: deps.appVersion,
    };
    const conversation = isNew ? newConversation(req, conversationId, by, createdAt) : null;
    latest.set(conversationId, { index, snapshot });
    if (latest.size > 2000) latest.delete(latest.keys().next().value as string);
    const stored = deps.redactPii
      ? { turn: redactDeep(record), spans: redactDeep(spans), conversation: conversation && redactDeep(conversation) }
      : { turn: record, spans, conversation };
    deps.writer.write({ ...stored, effects: { bookings: [], cancelBookingIds: [] } });
    return { ok: true, turn: result };
  }

  /** The last saved turn's history; a snapshot that does not parse restarts the history and says so on the turn. */
  function restore(conversationId: string): Resumed | null {
    const t = deps.store.lastTurn(conversationId);
    if (!t) return null;
    const parsed = PromptSnapshot.safeParse(t.snapshot);
    if (parsed.success) return { index: t.index, snapshot: parsed.data };
    return {
      index: t.index,
      snapshot: { bot: "prompt", history: [] },
      problem: `snapshot: unreadable, history dropped (${parsed.error.issues[0]?.message})`,
    };
  }

  return { runTurn, deps };
}
