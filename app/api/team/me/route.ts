import { ok } from "../../../_server/json-ok";
import { route } from "../../../_server/route";
import { memberFrom } from "../../../_server/team-auth";

/** GET /api/team/me: the signed-in team member (name, role) or null — what the header needs to show team links. */
export const GET = route({ name: "who am i", access: "public" }, async ({ request }) => {
  const member = await memberFrom(request.headers);
  return ok({ member: member && { name: member.name, role: member.role } });
});
