import { importLabelFile } from "../../../../evals/annotation/index";
import { guarded, ok, readWrite } from "../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { ImportRequest } from "../../../annotate/_server/api-schema";

const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/**
 * POST /api/annotate/import: imports a label file (CSV or JSONL) in one transaction. A file with any bad row is
 * refused as a whole: 422 with every bad line number.
 */
export async function POST(request: Request): Promise<Response> {
  return guarded("import labels", async () => {
    const read = await readWrite(request, ImportRequest, MAX_IMPORT_BYTES);
    if (!read.ok) return read.response;
    const { annotator, fileName, text } = read.body;
    const r = importLabelFile(getAnnotationDeps(), { text, fileName, author: annotator });
    if (!r.ok)
      return Response.json(
        {
          error: { code: "invalid_rows", message: `${r.errors.length} bad row(s); nothing was imported.` },
          rows: r.errors,
        },
        { status: 422, headers: { "Cache-Control": "no-store" } },
      );
    return ok({ result: r.result }, 201);
  });
}
