import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { type Access, can } from "../_auth/roles";
import { safeNext } from "../_lib/safe-next";
import { type Member, memberFrom } from "./team-auth";

/**
 * The page-side half of the guard: every team page calls this first (in the page itself, not a layout — a layout is
 * skipped on client navigations, a page never is). No session → the sign-in page, which comes back to `from`;
 * a role that does not allow `access` → 404, so the page's existence is not confirmed either.
 */
export async function requireTeamPage(access: Access, from: string): Promise<Member> {
  const member = await memberFrom(await headers());
  if (!member) redirect(`/sign-in?next=${encodeURIComponent(safeNext(from))}`);
  if (!can(member.role, access)) notFound();
  return member;
}

/** The team member of the current request, if any (for optional extras such as the chat page's debug drawer). */
export async function currentMember(): Promise<Member | null> {
  return memberFrom(await headers());
}
