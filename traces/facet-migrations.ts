import type { Database } from "better-sqlite3";
import { FACET_SQL } from "./facet-step.mjs";

export { LATENCY_EDGES_MS } from "./facet-step.mjs";

/**
 * Facets of a conversation the trace browser filters on (intent, decision kind, turn latency bucket; evaluator
 * verdicts and modes are added by the eval verdict store), one row per conversation and facet, keyed in the list's
 * updated_at order so one facet is an index range already in page order. The text-index catch-up keeps them (in the
 * background and before a facet query, off the turn's commit); this step fills them for the turns already stored.
 */
export function conversationFacets(db: Database): void {
  db.exec(`
CREATE TABLE conversation_facets (
  facet           TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  PRIMARY KEY (facet, updated_at, conversation_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX conversation_facets_conversation ON conversation_facets (conversation_id, facet);
CREATE TRIGGER conversations_facets_deleted AFTER DELETE ON conversations BEGIN
  DELETE FROM conversation_facets WHERE conversation_id = OLD.id;
END;`);
  db.prepare(FACET_SQL.insert).run({ after: -1, until: Number.MAX_SAFE_INTEGER });
}

/** Named trace-browser views (a list URL's query) kept per team member. */
export const savedViews = `
CREATE TABLE saved_views (
  id         TEXT PRIMARY KEY,
  owner      TEXT NOT NULL,
  name       TEXT NOT NULL,
  query      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (owner, name)
);
`;
