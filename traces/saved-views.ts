import type { Database } from "better-sqlite3";
import { z } from "zod";

/** A named trace-browser view of one team member: the list URL's query string (filters and sort, no page). */
export const SavedView = z.object({
  id: z.string().min(1),
  owner: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  query: z.string().max(4000),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof SavedView>;

const ViewRow = z
  .object({ id: z.string(), owner: z.string(), name: z.string(), query: z.string(), created_at: z.string() })
  .transform((r) => SavedView.parse({ ...r, createdAt: r.created_at }));

/** Saved views on a trace-store connection: per owner, a name is unique (saving it again replaces its query). */
export interface SavedViews {
  listViews(owner: string): SavedView[];
  /** Saves the view; an existing view of the same owner and name keeps its id and takes the new query. */
  saveView(view: SavedView): SavedView;
  /** Deletes one of the owner's views; false when the owner has no such view. */
  deleteView(owner: string, id: string): boolean;
}

/** The saved-views statements on an open (migrated) trace database. */
export function savedViewsOn(db: Database): SavedViews {
  const list = db.prepare("SELECT * FROM saved_views WHERE owner = ? ORDER BY name COLLATE NOCASE, id");
  const upsert = db.prepare(`INSERT INTO saved_views (id, owner, name, query, created_at)
    VALUES (@id, @owner, @name, @query, @createdAt)
    ON CONFLICT (owner, name) DO UPDATE SET query = excluded.query RETURNING *`);
  const remove = db.prepare("DELETE FROM saved_views WHERE owner = ? AND id = ?");
  return {
    listViews: (owner) => list.all(owner).map((row) => ViewRow.parse(row)),
    saveView: (view) => ViewRow.parse(upsert.get(SavedView.parse(view))),
    deleteView: (owner, id) => remove.run(owner, id).changes > 0,
  };
}
