import { traceReview } from "../../../../../evals/annotation/index";
import { apiError } from "../../../../_server/errors";
import { ok } from "../../../../_server/json-ok";
import { route } from "../../../../_server/route";
import { getAnnotationDeps } from "../../../../annotate/_server/annotation-deps";

/** GET /api/annotate/traces/:id[?triage=1]: one trace for the open-coding screen (verdicts only in triage mode). */
export const GET = route<{ id: string }>({ name: "read trace", access: "read" }, ({ request, params }) => {
  const triage = new URL(request.url).searchParams.get("triage") === "1";
  const review = params.id.length <= 200 ? traceReview(getAnnotationDeps(), params.id, { triage }) : null;
  if (!review) return apiError("unknown_trace", `There is no trace ${params.id.slice(0, 200)}.`);
  return ok(review);
});
