import { z } from "zod";
import { createApiToken, listApiTokens, revokeApiToken } from "../../../_auth/api-tokens";
import { Role } from "../../../_auth/roles";
import { apiError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getTeamAuth } from "../../../_server/team-auth";

/** GET /api/team/tokens: API tokens (never their secrets; admins only). */
export const GET = route({ name: "list tokens", access: "admin" }, async () =>
  ok({ tokens: await listApiTokens(await getTeamAuth()) }),
);

/** POST /api/team/tokens: creates a bearer token for scripts; the secret is in this answer only. */
export const POST = route({ name: "create token", access: "admin" }, async ({ request, member }) => {
  const read = await readJson(request, z.object({ name: z.string().trim().min(1).max(80), role: Role }), 4 * 1024);
  if (!read.ok) return read.response;
  const created = await createApiToken(await getTeamAuth(), { ...read.body, createdBy: member.email ?? member.name });
  return ok(created, 201);
});

/** DELETE /api/team/tokens: revokes a token by id. */
export const DELETE = route({ name: "revoke token", access: "admin" }, async ({ request }) => {
  const read = await readJson(request, z.object({ id: z.string().min(1).max(100) }), 4 * 1024);
  if (!read.ok) return read.response;
  if (!(await revokeApiToken(await getTeamAuth(), read.body.id))) return apiError("unknown_token");
  return ok({ revoked: read.body.id });
});
