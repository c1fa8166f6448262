import type { Metadata } from "next";
import { connection } from "next/server";
import { listApiTokens } from "../_auth/api-tokens";
import { listUsers } from "../_auth/team-users";
import { SignOutButton } from "../_components/team/sign-out-button";
import { TeamAdmin } from "../_components/team/team-admin";
import { getTeamAuth } from "../_server/team-auth";
import { requireTeamPage } from "../_server/team-page";
import ui from "../_components/ui.module.css";

export const metadata: Metadata = { title: "Team" };

/** `/team`: who you are and sign-out; for admins, team members and API tokens. */
export default async function TeamPage() {
  await connection();
  const member = await requireTeamPage("read", "/team");
  const auth = await getTeamAuth();
  const admin = member.role === "admin";
  return (
    <div className={ui.page}>
      <h1>Team</h1>
      <p>
        Signed in as <strong data-testid="member-name">{member.name}</strong> (
        <span data-testid="member-role">{member.role}</span>). <SignOutButton />
      </p>
      {admin && <TeamAdmin users={await listUsers(auth)} tokens={await listApiTokens(auth)} self={member.email} />}
    </div>
  );
}
