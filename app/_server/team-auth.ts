import "server-only";
import type { TeamAuth } from "../_auth/create-auth";
import { openTeamAuth } from "../_auth/open-team-auth";
import { type Role, roleOf } from "../_auth/roles";
import { verifyApiToken } from "../_auth/api-tokens";

// On globalThis like the runtime: one auth instance (and connection) per process whatever Next re-evaluates.
const KEY = Symbol.for("jos-bike-shop.app.team-auth");
type Holder = { [KEY]?: Promise<TeamAuth> };

/** The process-wide team auth (its tables created on first use). */
export function getTeamAuth(): Promise<TeamAuth> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openTeamAuth().then((r) => r.auth);
  return holder[KEY];
}

/** Who is asking: a signed-in team member or a bearer token, with their role. */
export type Member = { name: string; email: string | null; role: Role; via: "session" | "token" };

/**
 * The team member behind a request: a valid `Authorization: Bearer` API token, else a session cookie checked against
 * the database. Nothing else (no Host, no Origin, no loopback address) grants access.
 */
export async function memberFrom(headers: Headers): Promise<Member | null> {
  const auth = await getTeamAuth();
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const holder = await verifyApiToken(auth, bearer);
    return holder ? { ...holder, email: null, via: "token" } : null;
  }
  if (!headers.get("cookie")) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  return { name: session.user.name, email: session.user.email, role: roleOf(session.user.role), via: "session" };
}
