import type { Metadata } from "next";
import { connection } from "next/server";
import { redirect } from "next/navigation";
import { countUsers } from "../_auth/team-users";
import { safeNext } from "../_lib/safe-next";
import { SignInForm } from "../_components/team/sign-in-form";
import { currentMember } from "../_server/team-page";
import { getTeamAuth } from "../_server/team-auth";
import styles from "../_components/team/team.module.css";
import ui from "../_components/ui.module.css";

export const metadata: Metadata = { title: "Team sign-in" };

/** `/sign-in`: team sign-in; while no team member exists, the form creates the first admin instead. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { next } = await searchParams;
  const target = safeNext(typeof next === "string" ? next : null);
  if (await currentMember()) redirect(target);
  const firstAdmin = (await countUsers(await getTeamAuth())) === 0;
  return (
    <div className={`${ui.page} ${styles.signIn}`}>
      <h1>{firstAdmin ? "Create the first admin" : "Team sign-in"}</h1>
      <p className={ui.muted}>
        {firstAdmin
          ? "No team member exists yet. The account you create now is the admin; add the rest of the team afterwards."
          : "The trace browser, annotation and evals are for the shop's team. Customers: the chat is on the home page."}
      </p>
      <SignInForm firstAdmin={firstAdmin} next={target} />
    </div>
  );
}
