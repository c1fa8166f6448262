import { changeTaxonomy } from "../../../../evals/annotation/index";
import { domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { TaxonomyRequest } from "../../../annotate/_server/api-schema";

/** GET /api/annotate/taxonomy: the latest taxonomy version and the recent history of changes. */
export const GET = route({ name: "read taxonomy", access: "read" }, () => {
  const { labels } = getAnnotationDeps();
  return ok({ taxonomy: labels.taxonomy(), history: labels.taxonomyHistory(50).map(({ taxonomy: _t, ...v }) => v) });
});

/** POST /api/annotate/taxonomy: applies one change (create, rename, assign, merge, split…) as a new version. */
export const POST = route({ name: "change taxonomy", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, TaxonomyRequest, 64 * 1024);
  if (!read.ok) return read.response;
  const deps = getAnnotationDeps();
  const { baseVersion, change } = read.body;
  const r = changeTaxonomy(deps, { change, author: member.name, baseVersion });
  if (!r.ok) return domainError(r.error);
  return ok({ taxonomy: r.version }, 201);
});
