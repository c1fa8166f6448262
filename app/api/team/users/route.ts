import { z } from "zod";
import { addUser, listUsers, NewUser, removeUser } from "../../../_auth/team-users";
import { apiError, domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getTeamAuth } from "../../../_server/team-auth";

/** GET /api/team/users: every team member (admins only). */
export const GET = route({ name: "list users", access: "admin" }, async () =>
  ok({ users: await listUsers(await getTeamAuth()) }),
);

/** POST /api/team/users: adds a team member with a role. */
export const POST = route({ name: "add user", access: "admin" }, async ({ request }) => {
  const read = await readJson(request, NewUser, 8 * 1024);
  if (!read.ok) return read.response;
  const r = await addUser(await getTeamAuth(), read.body);
  return r.ok ? ok({ user: r.value }, 201) : domainError(r);
});

/** DELETE /api/team/users: removes a team member (not yourself). */
export const DELETE = route({ name: "remove user", access: "admin" }, async ({ request, member }) => {
  const read = await readJson(request, z.object({ email: z.string().trim().toLowerCase().max(254) }), 4 * 1024);
  if (!read.ok) return read.response;
  if (read.body.email === member.email) return apiError("forbidden", "You cannot remove yourself.");
  const r = await removeUser(await getTeamAuth(), read.body.email);
  return r.ok ? ok({ removed: r.value }) : domainError(r);
});
