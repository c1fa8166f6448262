import { changeTaxonomy } from "../../../../evals/annotation/index";
import { jsonError } from "../../../_server/json-error";
import { guarded, ok, readWrite } from "../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { TaxonomyRequest } from "../../../annotate/_server/api-schema";

/** GET /api/annotate/taxonomy: the latest taxonomy version and the recent history of changes. */
export async function GET(): Promise<Response> {
  return guarded("read taxonomy", () => {
    const { labels } = getAnnotationDeps();
    return ok({ taxonomy: labels.taxonomy(), history: labels.taxonomyHistory(50).map(({ taxonomy: _t, ...v }) => v) });
  });
}

/** POST /api/annotate/taxonomy: applies one change (create, rename, assign, merge, split…) as a new version. */
export async function POST(request: Request): Promise<Response> {
  return guarded("change taxonomy", async () => {
    const read = await readWrite(request, TaxonomyRequest);
    if (!read.ok) return read.response;
    const deps = getAnnotationDeps();
    const { annotator, baseVersion, change } = read.body;
    const r = changeTaxonomy(deps, { change, author: annotator, baseVersion });
    if (!r.ok) return jsonError(r.error.code === "stale_version" ? 409 : 422, r.error.code, r.error.message);
    return ok({ taxonomy: r.version }, 201);
  });
}
