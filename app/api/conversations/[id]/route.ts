import { unknownConversation } from "../../../../chatbot/index";
import { loadChatConversation } from "../../../_server/chat-conversation";
import { mayOpenConversation } from "../../../_server/conversation-access";
import { domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { route } from "../../../_server/route";

/** GET /api/conversations/:id: the conversation's turns as the chat window shows them — only with its chat key. */
export const GET = route<{ id: string }>({ name: "read conversation", access: "public" }, ({ request, params }) => {
  const { id } = params;
  const conversation = id.length <= 200 && mayOpenConversation(request.headers, id) ? loadChatConversation(id) : null;
  if (!conversation) return domainError(unknownConversation(id.slice(0, 200)));
  return ok(conversation);
});
