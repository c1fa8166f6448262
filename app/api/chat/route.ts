import { MAX_MESSAGE_CHARS, messageTooLong } from "../../../chatbot/index";
import { ChatRequest } from "../../_lib/chat-dto";
import { describeIssues, jsonError, readJsonBody } from "../../_server/json-error";
import { checkRequestOrigin } from "../../_server/request-origin";
import { streamTurn } from "../../_server/turn-stream";

// Room for a maximal message (4,000 characters, up to 4 bytes each in UTF-8) plus JSON escaping; larger bodies are
// refused before they are parsed.
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /api/chat: runs one chatbot turn and streams the reply as NDJSON (`token` events, then `done`). A request from
 * another site's page is refused (403) before the body is read: the chat is public, but a turn writes a trace.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = checkRequestOrigin(request.headers);
  if (!origin.ok) return jsonError(origin.status, origin.code, origin.message);
  const read = await readJsonBody(request, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const parsed = ChatRequest.safeParse(read.body);
  if (!parsed.success) return jsonError(422, "invalid_request", describeIssues(parsed.error.issues));
  const { conversationId, message } = parsed.data;
  if (message.length > MAX_MESSAGE_CHARS) {
    const refusal = messageTooLong(message.length);
    return jsonError(413, refusal.code, refusal.message);
  }

  const turn = await streamTurn({ conversationId, message });
  if (!turn.ok) {
    const status =
      turn.error.code === "unknown_conversation" ? 404 : turn.error.code === "message_too_long" ? 413 : 422;
    return jsonError(status, turn.error.code, turn.error.message);
  }
  return new Response(turn.stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform keeps compression (and proxies) from buffering the token stream.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
