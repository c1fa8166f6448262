import { MAX_MESSAGE_CHARS, messageTooLong, unknownConversation } from "../../../chatbot/index";
import { ChatRequest } from "../../_lib/chat-dto";
import { bindConversation, chatKeyFor, mayOpenConversation } from "../../_server/conversation-access";
import { apiError, domainError } from "../../_server/errors";
import { readJson } from "../../_server/read-body";
import { getStore } from "../../_server/runtime";
import { route } from "../../_server/route";
import { streamTurn } from "../../_server/turn-stream";

// Room for a maximal message (4,000 characters, up to 4 bytes each in UTF-8) plus JSON escaping; larger bodies are
// refused while they stream in.
const MAX_BODY_BYTES = 64 * 1024;
/** Turns one conversation may hold: the public chat cannot grow a transcript (and every reader of it) without bound. */
const MAX_TURNS_PER_CONVERSATION = 200;

/**
 * POST /api/chat: runs one chatbot turn and streams the reply as NDJSON (`token` events, then `done`). Public, but a
 * conversation continues only with the chat-key cookie that started it; a new one issues the cookie if missing.
 */
export const POST = route({ name: "chat turn", access: "public" }, async ({ request }) => {
  const read = await readJson(request, ChatRequest, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const { conversationId, message } = read.body;
  if (message.length > MAX_MESSAGE_CHARS) return apiError("message_too_long", messageTooLong(message.length).message);
  // Same answer for "no such conversation" and "not yours": an id alone reveals nothing.
  if (conversationId && !mayOpenConversation(request.headers, conversationId))
    return domainError(unknownConversation(conversationId));
  if (conversationId && (getStore().getConversation(conversationId)?.turnCount ?? 0) >= MAX_TURNS_PER_CONVERSATION)
    return apiError("conversation_full");
  const { key, setCookie } = chatKeyFor(request.headers);

  const turn = await streamTurn({ conversationId, message, chatKey: key, onStart: (id) => bindConversation(id, key) });
  if (!turn.ok) return domainError(turn.error);
  const headers = new Headers({
    "Content-Type": "application/x-ndjson; charset=utf-8",
    // no-transform keeps compression (and proxies) from buffering the token stream.
    "Cache-Control": "no-store, no-transform",
    "X-Accel-Buffering": "no",
  });
  if (setCookie) headers.append("Set-Cookie", setCookie);
  return new Response(turn.stream, { headers });
});
