import { z } from "zod";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { listSavedViews, saveListView } from "../../../traces/_server/saved-views";

/** Body of POST /api/traces/views: a name and the trace browser's query string. */
const SaveViewRequest = z.object({ name: z.string().trim().min(1).max(80), query: z.string().max(8000) });

/** GET /api/traces/views: the signed-in member's saved trace-browser views. */
export const GET = route({ name: "list saved views", access: "read" }, ({ member }) =>
  ok({ views: listSavedViews(member) }),
);

/** POST /api/traces/views: saves a view under a name (the same name again re-points it); returns the view. */
export const POST = route({ name: "save view", access: "read" }, async ({ request, member }) => {
  const read = await readJson(request, SaveViewRequest, 16 * 1024);
  if (!read.ok) return read.response;
  return ok({ view: saveListView(member, read.body) }, 201);
});
