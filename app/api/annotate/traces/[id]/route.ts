import { traceReview } from "../../../../../evals/annotation/index";
import { jsonError } from "../../../../_server/json-error";
import { guarded, ok } from "../../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../../annotate/_server/annotation-deps";

/** GET /api/annotate/traces/:id[?triage=1]: one trace for the open-coding screen (verdicts only in triage mode). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded("read trace", async () => {
    const { id } = await params;
    const triage = new URL(request.url).searchParams.get("triage") === "1";
    const review = traceReview(getAnnotationDeps(), id, { triage });
    if (!review) return jsonError(404, "unknown_trace", `There is no trace ${id}.`);
    return ok(review);
  });
}
