import { labelsToCsv, labelsToJsonl } from "../../../../evals/annotation/index";
import { jsonError } from "../../../_server/json-error";
import { guarded } from "../../../annotate/_server/annotate-request";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";

/** GET /api/annotate/export?format=csv|jsonl: every label with its note, first failing turn, modes, annotator and time. */
export async function GET(request: Request): Promise<Response> {
  return guarded("export labels", () => {
    const format = new URL(request.url).searchParams.get("format") ?? "csv";
    if (format !== "csv" && format !== "jsonl") return jsonError(422, "invalid_format", "format must be csv or jsonl.");
    const deps = getAnnotationDeps();
    const records = deps.labels.exportRecords();
    const stamp = deps.now().toISOString().slice(0, 10);
    const body = format === "csv" ? labelsToCsv(records) : labelsToJsonl(records);
    return new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
        "Content-Disposition": `attachment; filename="labels-${stamp}.${format}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
