import "server-only";
import { randomUUID } from "node:crypto";
import type { SavedView } from "../../../traces/index";
import { getRuntime } from "../../_server/runtime";
import type { Member } from "../../_server/team-auth";
import { listQuery, parseListParams } from "../_lib/list-params";

/** Whose views these are: a signed-in member by e-mail, an API token by its name. */
export const viewOwner = (member: Member) => (member.email ? `member:${member.email}` : `token:${member.name}`);

/** The member's saved trace-browser views, by name. */
export function listSavedViews(member: Member): SavedView[] {
  return getRuntime().deps.store.listViews(viewOwner(member));
}

/** A list URL's query as the browser would write it (parsed, bad values dropped, page 1), so views compare equal. */
export function normalizedListQuery(query: string): string {
  const qs = new URLSearchParams(query);
  const raw: Record<string, string[]> = {};
  for (const key of new Set(qs.keys())) raw[key] = qs.getAll(key);
  return listQuery(parseListParams(raw), { page: 1 });
}

/** Saves (or re-points, by name) one of the member's views on the list query given. */
export function saveListView(member: Member, input: { name: string; query: string }): SavedView {
  return getRuntime().deps.store.saveView({
    id: `view_${randomUUID()}`,
    owner: viewOwner(member),
    name: input.name,
    query: normalizedListQuery(input.query),
    createdAt: new Date().toISOString(),
  });
}

/** Deletes one of the member's own views; false when there is none with that id. */
export function deleteListView(member: Member, id: string): boolean {
  return getRuntime().deps.store.deleteView(viewOwner(member), id);
}
