import { createReviewQueue } from "../../../../evals/annotation/index";
import { jsonError } from "../../../_server/json-error";
import { guarded, ok, readWrite } from "../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { QueueRequest } from "../../../annotate/_server/api-schema";

/** POST /api/annotate/queues: freezes a new review queue from a spec or a saved filter; returns its id and size. */
export async function POST(request: Request): Promise<Response> {
  return guarded("create queue", async () => {
    const read = await readWrite(request, QueueRequest);
    if (!read.ok) return read.response;
    const deps = getAnnotationDeps();
    const { annotator, savedFilter, title } = read.body;
    let spec = read.body.spec;
    let name = title;
    if (savedFilter) {
      const saved = deps.labels.savedFilters().find((f) => f.name === savedFilter);
      if (!saved) return jsonError(404, "unknown_filter", `There is no saved filter "${savedFilter}".`);
      spec = saved.spec;
      name ??= saved.name;
    }
    if (!spec) return jsonError(422, "invalid_request", "Send a spec or the name of a saved filter.");
    const r = createReviewQueue(deps, { spec, author: annotator, title: name });
    if (!r.ok) return jsonError(422, r.error.code, r.error.message);
    return ok({ queue: { id: r.queue.id, title: r.queue.title, size: r.queue.traceIds.length } }, 201);
  });
}
