import { createHash, randomBytes } from "node:crypto";
import type { TeamAuth } from "./create-auth";
import { type Role, roleOf } from "./roles";

/** An API token as lists show it (the secret itself is shown once, at creation, and stored only as a hash). */
export type ApiToken = { id: string; name: string; role: Role; createdBy: string; createdAt: string; revoked: boolean };

type Row = { id: string; name: string; role: string; createdBy: string; createdAt: Date; revokedAt?: Date | null };

const PREFIX = "jbs_";
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a bearer token for scripts; returns the secret once. */
export async function createApiToken(
  auth: TeamAuth,
  input: { name: string; role: Role; createdBy: string },
): Promise<{ token: string; apiToken: ApiToken }> {
  const ctx = await auth.$context;
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await ctx.adapter.create<Row & { tokenHash: string }>({
    model: "apiToken",
    data: { ...input, tokenHash: hashOf(token), createdAt: new Date(), revokedAt: null },
  });
  return { token, apiToken: toApiToken(row) };
}

/** The newest 1,000 tokens (revoked ones included, marked). */
export async function listApiTokens(auth: TeamAuth): Promise<ApiToken[]> {
  const ctx = await auth.$context;
  const rows = await ctx.adapter.findMany<Row>({
    model: "apiToken",
    sortBy: { field: "createdAt", direction: "desc" },
    // Bounded like the member list (1,000): revoked tokens stay listed, so the table grows over the years.
    limit: 1000,
  });
  return rows.map(toApiToken);
}

/** Revokes a token by id; false when there is no such token. */
export async function revokeApiToken(auth: TeamAuth, id: string): Promise<boolean> {
  const ctx = await auth.$context;
  const row = await ctx.adapter.update<Row>({
    model: "apiToken",
    where: [{ field: "id", value: id }],
    update: { revokedAt: new Date() },
  });
  return row !== null;
}

/** The token's holder when the bearer secret matches a live token, else null (compared by hash, never stored plain). */
export async function verifyApiToken(auth: TeamAuth, token: string): Promise<{ name: string; role: Role } | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const ctx = await auth.$context;
  const row = await ctx.adapter.findOne<Row>({
    model: "apiToken",
    where: [{ field: "tokenHash", value: hashOf(token) }],
  });
  if (!row || row.revokedAt) return null;
  return { name: `token:${row.name}`, role: roleOf(row.role) };
}

function toApiToken(r: Row): ApiToken {
  return {
    id: r.id,
    name: r.name,
    role: roleOf(r.role),
    createdBy: r.createdBy,
    createdAt: new Date(r.createdAt).toISOString(),
    revoked: Boolean(r.revokedAt),
  };
}
