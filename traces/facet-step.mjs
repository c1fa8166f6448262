// Plain JavaScript for the same reason as text-index-step.mjs: the background worker thread imports it. Types:
// facet-step.d.mts.

/**
 * Turn latency buckets for the "latency" filter, as lower edges in ms: a turn of 1,400 ms is in bucket 1000. The
 * filter's bounds snap to these edges (the list offers them), so a latency range is a union of whole buckets.
 */
export const LATENCY_EDGES_MS = Object.freeze([0, 100, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 60_000]);

const latencyCase = `CASE ${[...LATENCY_EDGES_MS]
  .slice(1)
  .reverse()
  .map((edge) => `WHEN t.latency_ms >= ${edge} THEN ${edge}`)
  .join(" ")} ELSE 0 END`;
const batch = "t.id > @after AND t.id <= @until";

/**
 * The facet steps of one catch-up batch (turns after `@after` up to `@until`): the conversations those turns belong
 * to move to their current updated_at (the list's order), then the turns' intent, decision kinds and latency bucket
 * are added. Run in the text-index transaction, off the turn's own commit.
 */
export const FACET_SQL = Object.freeze({
  rekey: `UPDATE conversation_facets SET updated_at = (
      SELECT c.updated_at FROM conversations c WHERE c.id = conversation_facets.conversation_id)
    WHERE conversation_id IN (SELECT t.conversation_id FROM turns t WHERE ${batch})`,
  insert: `INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
    SELECT f.facet, c.updated_at, c.id FROM (
      SELECT t.conversation_id AS cid, 'intent:' || json_extract(t.understanding, '$.intent') AS facet
        FROM turns t WHERE ${batch} AND json_valid(t.understanding)
      UNION SELECT t.conversation_id, 'decision:' || json_extract(p.value, '$.kind')
        FROM turns t, json_each(CASE WHEN json_valid(t.decision) THEN t.decision ELSE '{}' END, '$.parts') p
        WHERE ${batch}
      UNION SELECT t.conversation_id, 'latency:' || (${latencyCase}) FROM turns t WHERE ${batch}
    ) f JOIN conversations c ON c.id = f.cid WHERE f.facet IS NOT NULL`,
});
