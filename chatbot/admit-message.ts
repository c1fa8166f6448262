import type { Tracer } from "@opentelemetry/api";
import { type NewConversation, withSpan } from "../traces/index";
import type { BotVariant } from "./bot-variant";
import type { TurnRequest } from "./runtime";
import { checkMessage } from "./validate-message";

/**
 * Every runtime's first step of a turn: the boundary check of the message; a refused one is recorded as a
 * `chat.turn.rejected` span (code, length, conversation, bot; never the text) and returned as the refusal.
 */
export async function admitMessage(
  tracer: Tracer,
  req: TurnRequest,
  bot: BotVariant,
): Promise<ReturnType<typeof checkMessage>> {
  const check = checkMessage(req.message);
  if (!check.ok)
    await withSpan(
      tracer,
      "chat.turn.rejected",
      {
        "chat.rejection": check.error.code,
        "chat.message_length": req.message.length,
        "gen_ai.conversation.id": req.conversationId ?? "",
        "chat.bot": bot,
      },
      () => undefined,
    );
  return check;
}

/** Who answered a conversation: the bot variant and the model and versions behind it (stored on its row). */
export interface AnsweredBy {
  bot: BotVariant;
  model: string;
  promptVersion: string;
  handbookVersion: string;
  appVersion: string;
}

/** The conversation row every runtime writes with a conversation's first turn (the bot variant in its metadata). */
export function newConversation(req: TurnRequest, id: string, by: AnsweredBy, createdAt: string): NewConversation {
  const { bot, ...versions } = by;
  return {
    id,
    source: req.source,
    scenarioId: req.scenarioId ?? null,
    ...versions,
    metadata: { ...req.metadata, bot },
    createdAt,
  };
}
