import { undoLastLabel } from "../../../../../evals/annotation/index";
import { jsonError } from "../../../../_server/json-error";
import { guarded, ok, readWrite } from "../../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../../annotate/_server/annotation-deps";
import { UndoRequest } from "../../../../annotate/_server/api-schema";

/** POST /api/annotate/labels/undo: appends an event restoring the label before the trace's latest edit. */
export async function POST(request: Request): Promise<Response> {
  return guarded("undo label", async () => {
    const read = await readWrite(request, UndoRequest);
    if (!read.ok) return read.response;
    const deps = getAnnotationDeps();
    const r = undoLastLabel(deps, read.body);
    if (!r.ok) return jsonError(r.error.code === "unknown_trace" ? 404 : 409, r.error.code, r.error.message);
    return ok({ label: r.current, undone: r.undone, history: deps.labels.labelHistory(read.body.traceId) });
  });
}
