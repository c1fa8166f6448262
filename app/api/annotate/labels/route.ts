import { saveLabel } from "../../../../evals/annotation/index";
import { jsonError } from "../../../_server/json-error";
import { guarded, ok, readWrite } from "../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { LabelRequest } from "../../../annotate/_server/api-schema";

/** POST /api/annotate/labels: saves a trace's label state as an append-only event (auto-save after every action). */
export async function POST(request: Request): Promise<Response> {
  return guarded("save label", async () => {
    const read = await readWrite(request, LabelRequest);
    if (!read.ok) return read.response;
    const { traceId, annotator, ...state } = read.body;
    const deps = getAnnotationDeps();
    const r = saveLabel(deps, { traceId, annotator, state });
    if (!r.ok) return jsonError(r.error.code === "unknown_trace" ? 404 : 422, r.error.code, r.error.message);
    return ok({ changed: r.changed, label: r.current, history: deps.labels.labelHistory(traceId) });
  });
}
