import { z } from "zod";
import type { SpanRecord } from "../../../traces/index";

/** One message block of a model call: who said it and what, text or a JSON value shown formatted. */
export interface LlmMessage {
  role: "system" | "user" | "assistant";
  content: string;
  format: "text" | "json";
}

/** A model call as the span detail pane shows it: header figures and the messages, with where they came from. */
export interface LlmCallView {
  job: string | null;
  model: string | null;
  provider: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  durationMs: number;
  finishReasons: string[];
  costUsd: number | null;
  messages: LlmMessage[];
  /** "span": the call's own recorded messages; "turn": rebuilt from the turn (content capture was off). */
  source: "span" | "turn";
}

/** What the turn recorded, for a call whose span carries no message text. */
export interface TurnText {
  user: string;
  assistant: string;
  understanding: unknown;
}

// gen_ai.input/output.messages (GenAI semconv): a JSON array of { role, parts: [{ type, content }] }.
const Messages = z.array(
  z.object({
    role: z.string(),
    parts: z.array(z.object({ type: z.string(), content: z.unknown().optional() })).default([]),
  }),
);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const role = (r: string): LlmMessage["role"] =>
  r === "system" || r === "assistant" ? r : r === "user" ? "user" : "assistant";

/** A text that is a JSON object or array (structured output) is shown formatted. */
function block(r: LlmMessage["role"], content: string): LlmMessage {
  const trimmed = content.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return { role: r, content: JSON.stringify(JSON.parse(trimmed), null, 2), format: "json" };
    } catch {
      // not JSON after all: plain text
    }
  }
  return { role: r, content, format: "text" };
}

function recorded(value: unknown): LlmMessage[] | null {
  if (typeof value !== "string") return null;
  try {
    const parsed = Messages.safeParse(JSON.parse(value));
    if (!parsed.success) return null;
    return parsed.data.map((m) =>
      block(
        role(m.role),
        m.parts.map((p) => (typeof p.content === "string" ? p.content : JSON.stringify(p.content ?? ""))).join("\n"),
      ),
    );
  } catch {
    return null;
  }
}

/** True for a model-call span (GenAI `chat` operation or an OpenInference LLM span). */
export const isLlmSpan = (span: SpanRecord) =>
  span.attributes["gen_ai.operation.name"] === "chat" || span.attributes["openinference.span.kind"] === "LLM";

/**
 * A model-call span as formatted messages: its recorded `gen_ai.input/output.messages` when content capture was on,
 * else the turn's customer message and, for the understanding call, the structured reading (for the reply call, the
 * reply). Token counts only when the server measured them; cost only when the span records it. Null for other spans.
 */
export function llmCallView(span: SpanRecord, turn: TurnText): LlmCallView | null {
  if (!isLlmSpan(span)) return null;
  const a = span.attributes;
  const job = str(a["chat.job"]);
  const input = recorded(a["gen_ai.input.messages"]);
  const output = recorded(a["gen_ai.output.messages"]);
  const fromSpan = input !== null || output !== null;
  const rebuilt: LlmMessage[] = [
    block("user", turn.user),
    job === "understand"
      ? block("assistant", turn.understanding === null ? "" : JSON.stringify(turn.understanding))
      : block("assistant", turn.assistant),
  ];
  const finish = a["gen_ai.response.finish_reasons"];
  return {
    job,
    model: str(a["gen_ai.response.model"]) ?? str(a["gen_ai.request.model"]),
    provider: str(a["gen_ai.provider.name"]),
    inputTokens: num(a["gen_ai.usage.input_tokens"]),
    outputTokens: num(a["gen_ai.usage.output_tokens"]),
    durationMs: span.durationMs,
    finishReasons: Array.isArray(finish) ? finish.filter((f): f is string => typeof f === "string") : [],
    costUsd: num(a["gen_ai.usage.cost"]) ?? num(a["llm.cost.total"]),
    messages: fromSpan ? [...(input ?? []), ...(output ?? [])] : rebuilt,
    source: fromSpan ? "span" : "turn",
  };
}
