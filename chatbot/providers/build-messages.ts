import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { Fact } from "../../knowledge-base/index";
import type { ReplyInput, RespondInput, UnderstandInput } from "../provider";
import type { ChatMessage } from "../schema";
import { REPLY_PROMPT, UNDERSTAND_PROMPT } from "./prompts";

/** How many earlier messages each job sees: enough to read short answers, small enough to stay cheap. */
export const HISTORY_LIMIT = 6;

/**
 * Chat messages for the understanding job: prompt, context (state, expected field), recent history, the message.
 * `now` is deliberately left out: the model must copy dates as written, and code resolves them.
 */
export function buildUnderstandMessages(input: UnderstandInput): ChatCompletionMessageParam[] {
  const context = [
    `Conversation state: ${input.state}`,
    `The assistant last asked for: ${input.expecting ?? "nothing in particular"}`,
  ].join("\n");
  return [
    { role: "system", content: UNDERSTAND_PROMPT },
    { role: "system", content: context },
    ...recent(input.history),
    { role: "user", content: input.message },
  ];
}

/** Chat messages for the reply job: prompt, decision + facts (with ids) + current time, recent history, the message. */
export function buildReplyMessages(input: ReplyInput): ChatCompletionMessageParam[] {
  const grounding = [
    `Current time (shop time zone): ${input.now}`,
    `DECISION:\n${JSON.stringify(input.decision.parts, null, 2)}`,
    `FACTS:\n${formatFacts(input.facts)}`,
  ].join("\n\n");
  return [
    { role: "system", content: REPLY_PROMPT },
    { role: "system", content: grounding },
    ...recent(input.history),
    { role: "user", content: input.message },
  ];
}

/** Chat messages for a free-form reply: the caller's system prompt, its (already capped) history, the message. */
export function buildRespondMessages(input: RespondInput): ChatCompletionMessageParam[] {
  return [
    { role: "system", content: input.system },
    ...input.history.map((m) => ({ role: m.role, content: m.content })),
    { role: "user", content: input.message },
  ];
}

/** Facts as "[id] text" lines, the form the reply prompt refers to. */
export function formatFacts(facts: Fact[]): string {
  return facts.length === 0 ? "(none)" : facts.map((f) => `[${f.id}] ${f.text}`).join("\n");
}

function recent(history: ChatMessage[]): ChatCompletionMessageParam[] {
  return history.slice(-HISTORY_LIMIT).map((m) => ({ role: m.role, content: m.content }));
}
