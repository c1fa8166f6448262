"use client";

import { createContext, type ReactNode, useContext } from "react";

/** The signed-in team member as the annotation screens see them: the name labels are recorded under, and the role. */
export type AnnotateMember = { name: string; role: "admin" | "annotator" | "viewer" };

const MemberContext = createContext<AnnotateMember | null>(null);

/** Provides the signed-in member to every annotation screen (set by the annotate layout from the session). */
export function TeamMemberProvider({ member, children }: { member: AnnotateMember | null; children: ReactNode }) {
  return <MemberContext.Provider value={member}>{children}</MemberContext.Provider>;
}

/** The signed-in member, or null. */
export const useTeamMember = () => useContext(MemberContext);
