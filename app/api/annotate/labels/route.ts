import { saveLabel } from "../../../../evals/annotation/index";
import { domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { LabelRequest } from "../../../annotate/_server/api-schema";

/** POST /api/annotate/labels: saves a trace's label state as an append-only event (auto-save after every action). */
export const POST = route({ name: "save label", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, LabelRequest, 64 * 1024);
  if (!read.ok) return read.response;
  const { traceId, ...state } = read.body;
  const deps = getAnnotationDeps();
  const r = saveLabel(deps, { traceId, annotator: member.name, state });
  if (!r.ok) return domainError(r.error);
  return ok({ changed: r.changed, label: r.current, history: deps.labels.labelHistory(traceId) });
});
