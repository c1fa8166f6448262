import { unknownConversation } from "../../../chatbot/index";
import { FeedbackRequest } from "../../_lib/chat-dto";
import { mayOpenConversation } from "../../_server/conversation-access";
import { domainError } from "../../_server/errors";
import { readJson } from "../../_server/read-body";
import { recordFeedback } from "../../_server/record-feedback";
import { route } from "../../_server/route";

/** POST /api/feedback: a thumbs up/down (and optional comment) on one reply — only with the conversation's chat key. */
export const POST = route({ name: "feedback", access: "public" }, async ({ request }) => {
  const read = await readJson(request, FeedbackRequest, 16 * 1024);
  if (!read.ok) return read.response;
  if (!mayOpenConversation(request.headers, read.body.conversationId))
    return domainError(unknownConversation(read.body.conversationId));
  const result = recordFeedback(read.body);
  if (!result.ok) return domainError(result.error);
  return Response.json({ feedback: result.feedback }, { status: 201 });
});
