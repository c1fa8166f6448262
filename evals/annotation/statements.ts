import type { Database } from "better-sqlite3";

/** Every fixed statement of the annotation store, prepared once per connection. */
export function annotationStatements(db: Database) {
  const EVENT_COLUMNS = "seq, trace_id, annotator, at, action, verdict, note, first_fail_turn, fact_ids, undoes";
  return {
    eventsOf: db.prepare(`SELECT ${EVENT_COLUMNS} FROM annotation_label_events WHERE trace_id = ? ORDER BY seq`),
    insertEvent: db.prepare(`INSERT INTO annotation_label_events
      (trace_id, annotator, at, action, verdict, note, first_fail_turn, fact_ids, undoes)
      VALUES (@traceId, @annotator, @at, @action, @verdict, @note, @firstFailTurn, @factIds, @undoes)`),
    latestEvents: db.prepare(`SELECT ${EVENT_COLUMNS} FROM annotation_label_events
      WHERE seq IN (SELECT MAX(seq) FROM annotation_label_events GROUP BY trace_id) ORDER BY seq`),
    // Counted and paged through annotation_current_labels (kept by a trigger): cost grows with the page, not the log.
    verdictCounts: db.prepare(
      "SELECT verdict, COUNT(*) AS n FROM annotation_current_labels WHERE verdict IS NOT NULL GROUP BY verdict",
    ),
    currentWithVerdictPage: db.prepare(`SELECT ${EVENT_COLUMNS} FROM annotation_label_events WHERE seq IN
      (SELECT seq FROM annotation_current_labels WHERE verdict = ? ORDER BY seq LIMIT ? OFFSET ?) ORDER BY seq`),
    currentVerdicts: db.prepare(
      "SELECT trace_id, verdict FROM annotation_current_labels WHERE verdict IN ('pass', 'fail') ORDER BY seq",
    ),
    labellingOrder: db.prepare(`SELECT trace_id, MIN(seq) AS first FROM annotation_label_events
      WHERE verdict IN ('pass', 'fail') GROUP BY trace_id ORDER BY first`),
    latestTaxonomyNumber: db.prepare("SELECT MAX(version) AS version FROM annotation_taxonomy_versions"),
    latestTaxonomy: db.prepare(
      "SELECT version, at, author, change, taxonomy FROM annotation_taxonomy_versions ORDER BY version DESC LIMIT 1",
    ),
    taxonomyHistory: db.prepare(
      "SELECT version, at, author, change, taxonomy FROM annotation_taxonomy_versions ORDER BY version DESC LIMIT ?",
    ),
    insertTaxonomy: db.prepare(`INSERT INTO annotation_taxonomy_versions (version, at, author, change, taxonomy)
      VALUES (@version, @at, @author, @change, @taxonomy)`),
    insertQueue: db.prepare(`INSERT INTO annotation_queues (id, title, spec, trace_ids, author, created_at)
      VALUES (@id, @title, @spec, @traceIds, @author, @createdAt)`),
    getQueue: db.prepare("SELECT id, title, spec, trace_ids, author, created_at FROM annotation_queues WHERE id = ?"),
    recentQueues: db.prepare(
      "SELECT id, title, spec, trace_ids, author, created_at FROM annotation_queues ORDER BY created_at DESC, id LIMIT ?",
    ),
    upsertFilter:
      db.prepare(`INSERT INTO annotation_saved_filters (name, spec, author, at) VALUES (@name, @spec, @author, @at)
      ON CONFLICT (name) DO UPDATE SET spec = excluded.spec, author = excluded.author, at = excluded.at`),
    listFilters: db.prepare("SELECT name, spec, author, at FROM annotation_saved_filters ORDER BY name"),
    deleteFilter: db.prepare("DELETE FROM annotation_saved_filters WHERE name = ?"),
    tableExists: db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
  };
}
