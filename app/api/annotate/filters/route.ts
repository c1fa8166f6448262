import { apiError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { DeleteFilterRequest, SavedFilterRequest } from "../../../annotate/_server/api-schema";

const MAX_BYTES = 64 * 1024;

/** GET /api/annotate/filters: the saved queue recipes. */
export const GET = route({ name: "list filters", access: "read" }, () =>
  ok({ filters: getAnnotationDeps().labels.savedFilters() }),
);

/** POST /api/annotate/filters: saves (or replaces) a named queue recipe. */
export const POST = route({ name: "save filter", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, SavedFilterRequest, MAX_BYTES);
  if (!read.ok) return read.response;
  const deps = getAnnotationDeps();
  const { name, spec } = read.body;
  deps.labels.saveFilter({ name, spec, author: member.name, at: deps.now().toISOString() });
  return ok({ filters: deps.labels.savedFilters() }, 201);
});

/** DELETE /api/annotate/filters: removes a saved recipe by name. */
export const DELETE = route({ name: "delete filter", access: "label" }, async ({ request }) => {
  const read = await readJson(request, DeleteFilterRequest, MAX_BYTES);
  if (!read.ok) return read.response;
  const deps = getAnnotationDeps();
  if (!deps.labels.deleteFilter(read.body.name))
    return apiError("unknown_filter", `There is no saved filter "${read.body.name}".`);
  return ok({ filters: deps.labels.savedFilters() });
});
