import { loadChatConversation } from "../../../_server/chat-conversation";
import { jsonError } from "../../../_server/json-error";

/** GET /api/conversations/:id: the conversation's turns as the chat window shows them. */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  const conversation = id.length <= 200 ? loadChatConversation(id) : null;
  if (!conversation) return jsonError(404, "unknown_conversation", `No conversation with id "${id.slice(0, 200)}".`);
  return Response.json(conversation, { headers: { "Cache-Control": "no-store" } });
}
