import { importLabelFile } from "../../../../evals/annotation/index";
import { apiError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { ImportRequest } from "../../../annotate/_server/api-schema";

const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
/** Rows one import may hold: the import is one synchronous transaction, so its size bounds how long it blocks. */
const MAX_IMPORT_ROWS = 10_000;

/**
 * POST /api/annotate/import: imports a label file (CSV or JSONL) in one transaction. A file with any bad row is
 * refused as a whole: 422 with every bad line number.
 */
export const POST = route({ name: "import labels", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, ImportRequest, MAX_IMPORT_BYTES);
  if (!read.ok) return read.response;
  const { fileName, text } = read.body;
  const rows = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length;
  if (rows > MAX_IMPORT_ROWS + 1)
    return apiError(
      "body_too_large",
      `The file has ${rows.toLocaleString("en-US")} lines; one import takes at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} labels. Split it into smaller files.`,
    );
  const r = importLabelFile(getAnnotationDeps(), { text, fileName, author: member.name });
  if (!r.ok)
    return apiError("invalid_rows", `${r.errors.length} bad row(s); nothing was imported.`, { rows: r.errors });
  return ok({ result: r.result }, 201);
});
