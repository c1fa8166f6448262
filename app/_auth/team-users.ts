import { z } from "zod";
import type { TeamAuth } from "./create-auth";
import { Role, roleOf } from "./roles";

/** A new team member as the CLI, the first-admin form and the users page send it. */
export const NewUser = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(10, "The password needs at least 10 characters.").max(256),
  role: Role,
});
export type NewUser = z.infer<typeof NewUser>;

/** A team member as lists show them (never the password hash). */
export type TeamUser = { id: string; email: string; name: string; role: Role; createdAt: string };

type Result<T> = { ok: true; value: T } | { ok: false; code: "user_exists" | "unknown_user"; message: string };

/** Creates a team member with a hashed password (better-auth's own hasher and account row). */
export async function addUser(auth: TeamAuth, input: NewUser): Promise<Result<TeamUser>> {
  const ctx = await auth.$context;
  if (await ctx.internalAdapter.findUserByEmail(input.email))
    return { ok: false, code: "user_exists", message: `There is already a team member ${input.email}.` };
  const user = await ctx.internalAdapter.createUser(
    {
      email: input.email,
      name: input.name,
      role: input.role,
      emailVerified: true,
    },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(input.password),
  });
  return { ok: true, value: toTeamUser(user) };
}

/** Every team member, oldest first. */
export async function listUsers(auth: TeamAuth): Promise<TeamUser[]> {
  const ctx = await auth.$context;
  const users = await ctx.internalAdapter.listUsers(1000, 0, { field: "createdAt", direction: "asc" });
  return users.map(toTeamUser);
}

/** How many team members exist (0 means the first-admin form is offered). */
export async function countUsers(auth: TeamAuth): Promise<number> {
  return (await auth.$context).internalAdapter.countTotalUsers();
}

/** Removes a team member with their sessions and password. */
export async function removeUser(auth: TeamAuth, email: string): Promise<Result<TeamUser>> {
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(email.trim().toLowerCase());
  if (!found) return { ok: false, code: "unknown_user", message: `There is no team member ${email}.` };
  await ctx.internalAdapter.deleteUser(found.user.id);
  return { ok: true, value: toTeamUser(found.user) };
}

/** Sets a new password and signs the member out everywhere. */
export async function resetPassword(auth: TeamAuth, email: string, password: string): Promise<Result<TeamUser>> {
  const ctx = await auth.$context;
  const parsed = NewUser.shape.password.safeParse(password);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid password.");
  const found = await ctx.internalAdapter.findUserByEmail(email.trim().toLowerCase());
  if (!found) return { ok: false, code: "unknown_user", message: `There is no team member ${email}.` };
  await ctx.internalAdapter.updatePassword(found.user.id, await ctx.password.hash(parsed.data));
  await ctx.internalAdapter.deleteUserSessions(found.user.id);
  return { ok: true, value: toTeamUser(found.user) };
}

function toTeamUser(
  u: { id: string; email: string; name: string; createdAt: Date } & Record<string, unknown>,
): TeamUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: roleOf(u.role),
    createdAt: new Date(u.createdAt).toISOString(),
  };
}
