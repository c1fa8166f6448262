import { z } from "zod";

/** A team member's role: admin (users, tokens, settings), annotator (labels, taxonomy), viewer (read). */
export const Role = z.enum(["admin", "annotator", "viewer"]);
export type Role = z.infer<typeof Role>;

/** What a route needs: `read` (any team member), `label` (annotator or admin), `admin`. */
export type Access = "read" | "label" | "admin";

const RANK: Record<Role, number> = { viewer: 0, annotator: 1, admin: 2 };
const NEEDS: Record<Access, number> = { read: 0, label: 1, admin: 2 };

/** True when `role` may do what `access` asks (roles are ordered: admin ⊃ annotator ⊃ viewer). */
export function can(role: Role, access: Access): boolean {
  return RANK[role] >= NEEDS[access];
}

/** A role read from storage: an unknown or missing value is the least-privileged role, never more. */
export function roleOf(value: unknown): Role {
  const parsed = Role.safeParse(value);
  return parsed.success ? parsed.data : "viewer";
}
