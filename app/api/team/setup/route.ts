import { countUsers, NewUser, addUser } from "../../../_auth/team-users";
import { apiError, domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getTeamAuth } from "../../../_server/team-auth";

const FirstAdmin = NewUser.omit({ role: true });

/**
 * POST /api/team/setup: creates the first admin while the store has no team member (as Langfuse and Grafana offer);
 * refused (409) once anyone exists. The form then signs in through /api/auth.
 */
export const POST = route({ name: "create first admin", access: "public" }, async ({ request }) => {
  const read = await readJson(request, FirstAdmin, 8 * 1024);
  if (!read.ok) return read.response;
  const auth = await getTeamAuth();
  if ((await countUsers(auth)) > 0) return apiError("setup_done");
  const r = await addUser(auth, { ...read.body, role: "admin" });
  if (!r.ok) return domainError(r);
  return ok({ user: r.value }, 201);
});
