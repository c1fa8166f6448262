import { z } from "zod";

/** A span as Phoenix's REST API (`GET /v1/projects/{project}/spans`) returns it: the fields the checks read. */
export const PhoenixSpan = z.object({
  name: z.string(),
  context: z.object({ trace_id: z.string(), span_id: z.string() }),
  span_kind: z.string(),
  parent_id: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
});
export type PhoenixSpan = z.infer<typeof PhoenixSpan>;

/** A session as `GET /v1/projects/{project}/sessions` returns it. */
export const PhoenixSession = z.object({ session_id: z.string(), traces: z.array(z.object({ trace_id: z.string() })) });
export type PhoenixSession = z.infer<typeof PhoenixSession>;

/** What a client sent: a conversation and its turns' user messages and replies, in order. */
export interface SentConversation {
  conversationId: string;
  turns: { message: string; reply: string }[];
  /** The turns came through the server: each turn span must have a parent (the HTTP request span). */
  viaServer: boolean;
}

/**
 * Checks that Phoenix holds the conversation as its users would want to see it: one session per conversation holding
 * one trace per turn, each turn a CHAIN span with the message and reply text, model calls as LLM spans in the same
 * trace, named after their job (`chat understand`, `chat reply`). Returns the problems found (empty when everything arrived).
 */
export function checkPhoenix(spans: PhoenixSpan[], sessions: PhoenixSession[], sent: SentConversation): string[] {
  const problems: string[] = [];
  const id = sent.conversationId;
  const turns = spans
    .filter((s) => s.name === "chat.turn" && s.attributes["session.id"] === id)
    .sort((a, b) => Number(a.attributes["chat.turn.index"]) - Number(b.attributes["chat.turn.index"]));
  if (turns.length !== sent.turns.length)
    problems.push(`${id}: ${turns.length} turn spans, expected ${sent.turns.length}`);
  turns.forEach((span, i) => {
    const want = sent.turns[i];
    if (!want) return;
    if (span.span_kind !== "CHAIN") problems.push(`${id} turn ${i + 1}: span kind ${span.span_kind}, expected CHAIN`);
    if (span.attributes["input.value"] !== want.message)
      problems.push(`${id} turn ${i + 1}: input.value is ${JSON.stringify(span.attributes["input.value"])}`);
    if (span.attributes["output.value"] !== want.reply)
      problems.push(`${id} turn ${i + 1}: output.value is ${JSON.stringify(span.attributes["output.value"])}`);
    if (sent.viaServer !== (span.parent_id !== null))
      problems.push(`${id} turn ${i + 1}: parent ${span.parent_id}, via server: ${sent.viaServer}`);
    const llm = spans.filter((s) => s.context.trace_id === span.context.trace_id && s.span_kind === "LLM");
    if (llm.length === 0) problems.push(`${id} turn ${i + 1}: no LLM span in its trace`);
    const unnamed = llm.filter((s) => !/^chat (understand|reply)$/.test(s.name)).map((s) => s.name);
    if (unnamed.length > 0)
      problems.push(`${id} turn ${i + 1}: LLM spans not named after their job: ${unnamed.join(", ")}`);
    if (llm.some((s) => s.attributes["gen_ai.provider.name"] === undefined))
      problems.push(`${id} turn ${i + 1}: LLM span without gen_ai.provider.name`);
  });
  const session = sessions.find((s) => s.session_id === id);
  if (!session) problems.push(`${id}: no Phoenix session`);
  else {
    const traceIds = new Set(session.traces.map((t) => t.trace_id));
    const missing = turns.filter((t) => !traceIds.has(t.context.trace_id)).length;
    if (missing > 0 || traceIds.size !== sent.turns.length)
      problems.push(`${id}: session holds ${traceIds.size} traces, ${missing} turn traces missing from it`);
  }
  return problems;
}
