import { labelsToCsv, labelsToJsonl } from "../../../../evals/annotation/index";
import { apiError } from "../../../_server/errors";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";

/** GET /api/annotate/export?format=csv|jsonl: every label with its note, first failing turn, modes, annotator and time. */
export const GET = route({ name: "export labels", access: "read" }, ({ request }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "jsonl") return apiError("invalid_format");
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
