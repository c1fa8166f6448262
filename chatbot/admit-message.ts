import type { Tracer } from "@opentelemetry/api";
import { withSpan } from "../traces/index";
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
