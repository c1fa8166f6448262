import { importLabelFile, importTooLarge, MAX_IMPORT_BYTES } from "../../../../evals/annotation/index";
import { apiError, codeForThrown } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { ImportRequest } from "../../../annotate/_server/api-schema";

/**
 * POST /api/annotate/import: imports a label file (CSV or JSONL) in ~10 ms slices, so chat turns keep being served
 * meanwhile. Over the size or row cap: 413 before anything is parsed. A file with any bad row (including a trace or
 * fact id that does not exist) is refused as a whole: 422 with every bad line number. A database that fails part-way
 * gives 503 with how many rows are in (importing the file again completes it).
 */
export const POST = route({ name: "import labels", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, ImportRequest, MAX_IMPORT_BYTES);
  if (!read.ok) return read.response;
  const { fileName, text } = read.body;
  const tooLarge = importTooLarge(text);
  if (tooLarge) return apiError("body_too_large", tooLarge);
  const r = await importLabelFile(getAnnotationDeps(), { text, fileName, author: member.name });
  if (r.ok) return ok({ result: r.result }, 201);
  if ("errors" in r)
    return apiError("invalid_rows", `${r.errors.length} bad row(s); nothing was imported.`, { rows: r.errors });
  const code = codeForThrown(r.cause);
  if (code === "internal_error") throw r.cause;
  return apiError(code, r.interrupted.message, { written: r.interrupted.written, rows: r.interrupted.rows });
});
