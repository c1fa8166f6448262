import { FeedbackRequest } from "../../_lib/chat-dto";
import { describeIssues, jsonError, readJsonBody } from "../../_server/json-error";
import { checkRequestOrigin } from "../../_server/request-origin";
import { recordFeedback } from "../../_server/record-feedback";

/**
 * POST /api/feedback: stores a thumbs up/down (and optional comment) on one reply of a conversation. A request from
 * another site's page is refused (403) before anything is read or written.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = checkRequestOrigin(request.headers);
  if (!origin.ok) return jsonError(origin.status, origin.code, origin.message);
  const read = await readJsonBody(request, 16 * 1024);
  if (!read.ok) return read.response;
  const parsed = FeedbackRequest.safeParse(read.body);
  if (!parsed.success) return jsonError(422, "invalid_request", describeIssues(parsed.error.issues));
  const result = recordFeedback(parsed.data);
  if (!result.ok) return jsonError(404, result.error.code, result.error.message);
  return Response.json({ feedback: result.feedback }, { status: 201 });
}
