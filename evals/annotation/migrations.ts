import type { Database } from "better-sqlite3";
import { applyMigrations, type Migration } from "../../traces/index";

/**
 * The annotation tables' steps, owner "annotation" in the file's one migration ledger (`schema_migrations`, the trace
 * store's mechanism). Append new steps; never edit a shipped one.
 */
export const annotationMigrations: Migration[] = [
  {
    name: "001-annotation",
    up: `
CREATE TABLE IF NOT EXISTS annotation_label_events (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  trace_id        TEXT NOT NULL,
  annotator       TEXT NOT NULL,
  at              TEXT NOT NULL,
  action          TEXT NOT NULL CHECK (action IN ('set', 'undo', 'import')),
  verdict         TEXT CHECK (verdict IN ('pass', 'fail', 'defer')),
  note            TEXT NOT NULL DEFAULT '',
  first_fail_turn INTEGER CHECK (first_fail_turn > 0),
  fact_ids        TEXT NOT NULL DEFAULT '[]',
  undoes          INTEGER REFERENCES annotation_label_events (seq)
);
CREATE INDEX IF NOT EXISTS annotation_label_events_trace ON annotation_label_events (trace_id, seq);

-- Append-only: an event, once written, is history.
CREATE TRIGGER IF NOT EXISTS annotation_label_events_no_update BEFORE UPDATE ON annotation_label_events
BEGIN SELECT RAISE(ABORT, 'label events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS annotation_label_events_no_delete BEFORE DELETE ON annotation_label_events
BEGIN SELECT RAISE(ABORT, 'label events are append-only'); END;

CREATE TABLE IF NOT EXISTS annotation_taxonomy_versions (
  version  INTEGER PRIMARY KEY CHECK (version > 0),
  at       TEXT NOT NULL,
  author   TEXT NOT NULL,
  change   TEXT NOT NULL,
  taxonomy TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS annotation_queues (
  id         TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  spec       TEXT NOT NULL,
  trace_ids  TEXT NOT NULL,
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS annotation_queues_created ON annotation_queues (created_at);

CREATE TABLE IF NOT EXISTS annotation_saved_filters (
  name   TEXT PRIMARY KEY,
  spec   TEXT NOT NULL,
  author TEXT NOT NULL,
  at     TEXT NOT NULL
);
`,
  },
  {
    // The current label of each trace (its latest event), kept by a trigger, so the axial board counts and pages
    // failed notes through an index instead of grouping every event (24 s and 81 MB at 250k labels before).
    name: "002-current-labels",
    up: `
CREATE TABLE IF NOT EXISTS annotation_current_labels (
  trace_id TEXT PRIMARY KEY,
  seq      INTEGER NOT NULL,
  verdict  TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS annotation_current_labels_verdict ON annotation_current_labels (verdict, seq);
INSERT OR REPLACE INTO annotation_current_labels (trace_id, seq, verdict)
  SELECT e.trace_id, e.seq, e.verdict FROM annotation_label_events e
  JOIN (SELECT MAX(seq) AS last_seq FROM annotation_label_events GROUP BY trace_id) l ON e.seq = l.last_seq;
CREATE TRIGGER IF NOT EXISTS annotation_current_labels_keep AFTER INSERT ON annotation_label_events
BEGIN
  INSERT INTO annotation_current_labels (trace_id, seq, verdict) VALUES (NEW.trace_id, NEW.seq, NEW.verdict)
  ON CONFLICT (trace_id) DO UPDATE SET seq = excluded.seq, verdict = excluded.verdict WHERE excluded.seq > seq;
END;
`,
  },
];

/** Files from before the ledger recorded annotation steps in their own `annotation_schema` table: adopt and drop it. */
function adoptAnnotationSchema(db: Database): number {
  const had = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'annotation_schema'").get();
  if (!had) return 0;
  const { n } = db.prepare("SELECT count(*) AS n FROM annotation_schema").get() as { n: number };
  db.exec("DROP TABLE annotation_schema");
  return n;
}

/** Applies the annotation steps not yet recorded, each in its own IMMEDIATE transaction (safe across processes). */
export function applyAnnotationMigrations(db: Database, steps: readonly Migration[] = annotationMigrations): number {
  return applyMigrations(db, steps, { owner: "annotation", adopt: adoptAnnotationSchema });
}
