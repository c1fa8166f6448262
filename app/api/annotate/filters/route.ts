import { jsonError } from "../../../_server/json-error";
import { guarded, ok, readWrite } from "../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { DeleteFilterRequest, SavedFilterRequest } from "../../../annotate/_server/api-schema";

/** GET /api/annotate/filters: the saved queue recipes. */
export async function GET(): Promise<Response> {
  return guarded("list filters", () => ok({ filters: getAnnotationDeps().labels.savedFilters() }));
}

/** POST /api/annotate/filters: saves (or replaces) a named queue recipe. */
export async function POST(request: Request): Promise<Response> {
  return guarded("save filter", async () => {
    const read = await readWrite(request, SavedFilterRequest);
    if (!read.ok) return read.response;
    const deps = getAnnotationDeps();
    const { annotator, name, spec } = read.body;
    deps.labels.saveFilter({ name, spec, author: annotator, at: deps.now().toISOString() });
    return ok({ filters: deps.labels.savedFilters() }, 201);
  });
}

/** DELETE /api/annotate/filters: removes a saved recipe by name. */
export async function DELETE(request: Request): Promise<Response> {
  return guarded("delete filter", async () => {
    const read = await readWrite(request, DeleteFilterRequest);
    if (!read.ok) return read.response;
    const deps = getAnnotationDeps();
    if (!deps.labels.deleteFilter(read.body.name))
      return jsonError(404, "unknown_filter", `There is no saved filter "${read.body.name}".`);
    return ok({ filters: deps.labels.savedFilters() });
  });
}
