/**
 * Turn latency buckets for the "latency" filter, as lower edges in ms: a turn of 1,400 ms is in bucket 1000. The
 * filter's bounds snap to these edges (the list offers them), so a latency range is a union of whole buckets.
 */
export const LATENCY_EDGES_MS = [0, 100, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 60_000] as const;

const latencyCase = `CASE ${[...LATENCY_EDGES_MS]
  .slice(1)
  .reverse()
  .map((edge) => `WHEN NEW.latency_ms >= ${edge} THEN ${edge}`)
  .join(" ")} ELSE 0 END`;

// What each turn adds: its intent, every decision part's kind and its latency bucket (JSON written by the store).
const turnFacets = (values: string) => `
  INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
  SELECT f, (SELECT updated_at FROM conversations WHERE id = NEW.conversation_id), NEW.conversation_id FROM (${values})
  WHERE f IS NOT NULL;`;
const turnFacetValues = `
  SELECT 'intent:' || json_extract(NEW.understanding, '$.intent') AS f WHERE json_valid(NEW.understanding)
  UNION SELECT 'decision:' || json_extract(p.value, '$.kind')
    FROM json_each(CASE WHEN json_valid(NEW.decision) THEN NEW.decision ELSE '{}' END, '$.parts') p
  UNION SELECT 'latency:' || (${latencyCase})`;

/**
 * Facets of a conversation the trace browser filters on (intent, decision kind, turn latency bucket; evaluator
 * verdicts and modes are added by the eval verdict store), one row per conversation and facet, keyed in the list's
 * updated_at order so one facet is an index range already in page order. Triggers keep them: a turn adds its facets,
 * a conversation's new activity re-keys its rows.
 */
export const conversationFacets = `
CREATE TABLE conversation_facets (
  facet           TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  PRIMARY KEY (facet, updated_at, conversation_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX conversation_facets_conversation ON conversation_facets (conversation_id, facet);
CREATE TRIGGER turns_facets AFTER INSERT ON turns BEGIN ${turnFacets(turnFacetValues)}
END;
CREATE TRIGGER conversations_facets_updated AFTER UPDATE OF updated_at ON conversations
WHEN NEW.updated_at IS NOT OLD.updated_at BEGIN
  UPDATE conversation_facets SET updated_at = NEW.updated_at WHERE conversation_id = NEW.id;
END;
CREATE TRIGGER conversations_facets_deleted AFTER DELETE ON conversations BEGIN
  DELETE FROM conversation_facets WHERE conversation_id = OLD.id;
END;
INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
SELECT 'intent:' || json_extract(t.understanding, '$.intent'), c.updated_at, c.id
FROM turns t JOIN conversations c ON c.id = t.conversation_id
WHERE json_valid(t.understanding) AND json_extract(t.understanding, '$.intent') IS NOT NULL;
INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
SELECT 'decision:' || json_extract(p.value, '$.kind'), c.updated_at, c.id
FROM turns t JOIN conversations c ON c.id = t.conversation_id,
  json_each(CASE WHEN json_valid(t.decision) THEN t.decision ELSE '{}' END, '$.parts') p
WHERE json_extract(p.value, '$.kind') IS NOT NULL;
INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
SELECT 'latency:' || (${latencyCase.replaceAll("NEW.", "t.")}), c.updated_at, c.id
FROM turns t JOIN conversations c ON c.id = t.conversation_id;
`;

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
