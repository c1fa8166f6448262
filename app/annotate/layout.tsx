import type { ReactNode } from "react";
import { currentMember } from "../_server/team-page";
import { TeamMemberProvider } from "./_components/team-member";

/**
 * Annotation screens: hands the signed-in member (name, role) to the client components, which label under that
 * name. Access itself is checked by each page (`requireTeamPage`) and each API route, not here.
 */
export default async function AnnotateLayout({ children }: { children: ReactNode }) {
  const member = await currentMember();
  return (
    <TeamMemberProvider member={member && { name: member.name, role: member.role }}>{children}</TeamMemberProvider>
  );
}
