import { apiError } from "../../../../_server/errors";
import { ok } from "../../../../_server/json-ok";
import { route } from "../../../../_server/route";
import { deleteListView } from "../../../../traces/_server/saved-views";

/** DELETE /api/traces/views/:id: deletes one of the member's own views (404 for anyone else's). */
export const DELETE = route<{ id: string }>({ name: "delete view", access: "read" }, ({ params, member }) =>
  deleteListView(member, params.id) ? ok({ deleted: params.id }) : apiError("not_found", "No such saved view."),
);
