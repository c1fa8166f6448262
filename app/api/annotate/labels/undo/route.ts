import { undoLastLabel } from "../../../../../evals/annotation/index";
import { domainError } from "../../../../_server/errors";
import { ok } from "../../../../_server/json-ok";
import { readJson } from "../../../../_server/read-body";
import { route } from "../../../../_server/route";
import { getAnnotationDeps } from "../../../../annotate/_server/annotation-deps";
import { UndoRequest } from "../../../../annotate/_server/api-schema";

/** POST /api/annotate/labels/undo: appends an event restoring the label before the trace's latest edit. */
export const POST = route({ name: "undo label", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, UndoRequest, 16 * 1024);
  if (!read.ok) return read.response;
  const deps = getAnnotationDeps();
  const r = undoLastLabel(deps, { ...read.body, annotator: member.name });
  if (!r.ok) return domainError(r.error);
  return ok({ label: r.current, undone: r.undone, history: deps.labels.labelHistory(read.body.traceId) });
});
