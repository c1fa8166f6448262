import { createReviewQueue } from "../../../../evals/annotation/index";
import { apiError, domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { QueueRequest } from "../../../annotate/_server/api-schema";

/** POST /api/annotate/queues: freezes a new review queue from a spec or a saved filter; returns its id and size. */
export const POST = route({ name: "create queue", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, QueueRequest, 64 * 1024);
  if (!read.ok) return read.response;
  const deps = getAnnotationDeps();
  const { savedFilter, title } = read.body;
  let spec = read.body.spec;
  let name = title;
  if (savedFilter) {
    const saved = deps.labels.savedFilters().find((f) => f.name === savedFilter);
    if (!saved) return apiError("unknown_filter", `There is no saved filter "${savedFilter}".`);
    spec = saved.spec;
    name ??= saved.name;
  }
  if (!spec) return apiError("invalid_request", "Send a spec or the name of a saved filter.");
  const r = createReviewQueue(deps, { spec, author: member.name, title: name });
  if (!r.ok) return domainError(r.error);
  return ok({ queue: { id: r.queue.id, title: r.queue.title, size: r.queue.traceIds.length } }, 201);
});
