import type { Database } from "better-sqlite3";
import { conversationFacets, savedViews } from "./facet-migrations";

/** One schema step; its 1-based position in its owner's list is the step number `schema_migrations` records. */
export interface Migration {
  name: string;
  up: string | ((db: Database) => void);
}

const initial = `
CREATE TABLE conversations (
  id               TEXT PRIMARY KEY,
  source           TEXT NOT NULL,
  scenario_id      TEXT,
  model            TEXT NOT NULL,
  prompt_version   TEXT NOT NULL,
  handbook_version TEXT NOT NULL,
  app_version      TEXT NOT NULL,
  metadata         TEXT NOT NULL DEFAULT '{}',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  turn_count       INTEGER NOT NULL DEFAULT 0,
  final_state      TEXT
);
-- The list page sorts and pages on these; each filter column leads an index that also covers its sort order.
CREATE INDEX conversations_updated ON conversations (updated_at, id);
CREATE INDEX conversations_source_updated ON conversations (source, updated_at, id);
CREATE INDEX conversations_state_updated ON conversations (final_state, updated_at, id);
CREATE INDEX conversations_created ON conversations (created_at, id);
CREATE INDEX conversations_turns ON conversations (turn_count, updated_at, id);

CREATE TABLE turns (
  id              INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  idx             INTEGER NOT NULL CHECK (idx > 0),
  now             TEXT NOT NULL,
  user_text       TEXT NOT NULL,
  reply           TEXT NOT NULL,
  state_before    TEXT NOT NULL,
  state_after     TEXT NOT NULL,
  snapshot        TEXT,
  understanding   TEXT,
  decision        TEXT,
  context         TEXT,
  fact_ids        TEXT NOT NULL DEFAULT '[]',
  llm_calls       TEXT NOT NULL DEFAULT '[]',
  latency_ms      REAL NOT NULL,
  input_tokens    INTEGER NOT NULL,
  output_tokens   INTEGER NOT NULL,
  cost_usd        REAL NOT NULL,
  error           TEXT,
  trace_id        TEXT,
  created_at      TEXT NOT NULL,
  UNIQUE (conversation_id, idx)
);
CREATE INDEX turns_trace ON turns (trace_id);

CREATE TABLE spans (
  span_id         TEXT PRIMARY KEY,
  trace_id        TEXT NOT NULL,
  parent_span_id  TEXT,
  conversation_id TEXT,
  turn_idx        INTEGER,
  name            TEXT NOT NULL,
  start_time      TEXT NOT NULL,
  duration_ms     REAL NOT NULL,
  status_code     TEXT NOT NULL,
  status_message  TEXT,
  attributes      TEXT NOT NULL DEFAULT '{}',
  events          TEXT NOT NULL DEFAULT '[]',
  FOREIGN KEY (conversation_id, turn_idx) REFERENCES turns (conversation_id, idx) ON DELETE CASCADE
);
CREATE INDEX spans_turn ON spans (conversation_id, turn_idx, start_time);
CREATE INDEX spans_trace ON spans (trace_id, start_time);

CREATE TABLE bookings (
  id              TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id),
  service         TEXT NOT NULL,
  date            TEXT NOT NULL,
  time            TEXT NOT NULL,
  name            TEXT NOT NULL,
  contact         TEXT NOT NULL,
  -- Lookup keys (trimmed lower-case name, normalized contact) so "find my booking" is one index probe.
  name_key        TEXT NOT NULL,
  contact_key     TEXT NOT NULL,
  price_usd       REAL NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
  created_at      TEXT NOT NULL,
  cancelled_at    TEXT
);
CREATE INDEX bookings_lookup ON bookings (name_key, contact_key);
CREATE INDEX bookings_conversation ON bookings (conversation_id);
CREATE INDEX bookings_slot ON bookings (date, time);

CREATE TABLE feedback (
  id              TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  turn_idx        INTEGER NOT NULL,
  rating          TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  comment         TEXT,
  created_at      TEXT NOT NULL,
  FOREIGN KEY (conversation_id, turn_idx) REFERENCES turns (conversation_id, idx) ON DELETE CASCADE
);
CREATE INDEX feedback_conversation ON feedback (conversation_id, rating);
`;

const turnSpansColumn = `
ALTER TABLE turns ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
UPDATE turns SET spans = COALESCE((
  SELECT json_group_array(json_object('spanId', s.span_id, 'traceId', s.trace_id, 'parentSpanId', s.parent_span_id,
    'name', s.name, 'startTime', s.start_time, 'durationMs', s.duration_ms, 'statusCode', s.status_code,
    'statusMessage', s.status_message, 'attributes', json(s.attributes), 'events', json(s.events)))
  FROM (SELECT * FROM spans WHERE conversation_id = turns.conversation_id AND turn_idx = turns.idx
        ORDER BY start_time, duration_ms DESC, rowid) s
), '[]')
WHERE EXISTS (SELECT 1 FROM spans WHERE conversation_id = turns.conversation_id AND turn_idx = turns.idx);
DELETE FROM spans WHERE conversation_id IS NOT NULL;
`;

// Text search over a conversation's turns without scanning them: one trigram FTS5 document per conversation (all its
// user and assistant text; trigrams keep LIKE's case-insensitive substring semantics). The document's rowid is the id
// of the conversation's latest turn, so FTS5 yields matches newest-activity first and a "latest first" text search
// stops after one page. Turn commits do not touch it: text-index.ts brings it up to `indexed_turn_id` in the
// background and before every text search (contentless_delete needs SQLite ≥ 3.43).
// The list indexes: "most turns" within a source, and source read from the state index (state + source counts).
const conversationTextAndListIndexes = `
CREATE VIRTUAL TABLE conversation_text USING fts5(body, conversation UNINDEXED, content = '', contentless_delete = 1,
  contentless_unindexed = 1, tokenize = 'trigram');
CREATE TABLE conversation_text_state (indexed_turn_id INTEGER NOT NULL);
INSERT INTO conversation_text_state VALUES (0);
DROP INDEX conversations_state_updated;
CREATE INDEX conversations_state_updated ON conversations (final_state, updated_at, id, source);
CREATE INDEX conversations_source_turns ON conversations (source, turn_count, updated_at, id);
`;

// One feedback per reply: a second thumb click (or the comment sent after it) updates the row instead of adding one.
// Older duplicates keep only the latest row per reply.
const feedbackOnePerTurn = `
DELETE FROM feedback WHERE rowid NOT IN (
  SELECT rowid FROM (SELECT rowid, row_number() OVER (PARTITION BY conversation_id, turn_idx
    ORDER BY created_at DESC, rowid DESC) AS n FROM feedback) WHERE n = 1);
CREATE UNIQUE INDEX feedback_turn ON feedback (conversation_id, turn_idx);
`;

// Trace-browser filters: "thumbs down" starts from the few rated conversations; model and bot variant lead an index
// that also covers the list's sort order (the bot expression must match conversation-list-query.ts's exactly).
// "Thumbs down/up" are flags on the conversation, kept by triggers on feedback, so the list walks them in order.
const listFilterIndexes = `
CREATE INDEX feedback_rating ON feedback (rating, conversation_id);
ALTER TABLE conversations ADD COLUMN has_down INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN has_up INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET
  has_down = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = conversations.id AND f.rating = 'down'),
  has_up = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = conversations.id AND f.rating = 'up')
WHERE id IN (SELECT conversation_id FROM feedback);
CREATE TRIGGER feedback_flags_insert AFTER INSERT ON feedback BEGIN
  UPDATE conversations SET
    has_down = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = NEW.conversation_id AND f.rating = 'down'),
    has_up = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = NEW.conversation_id AND f.rating = 'up')
  WHERE id = NEW.conversation_id;
END;
CREATE TRIGGER feedback_flags_update AFTER UPDATE OF rating ON feedback BEGIN
  UPDATE conversations SET
    has_down = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = NEW.conversation_id AND f.rating = 'down'),
    has_up = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = NEW.conversation_id AND f.rating = 'up')
  WHERE id = NEW.conversation_id;
END;
CREATE TRIGGER feedback_flags_delete AFTER DELETE ON feedback BEGIN
  UPDATE conversations SET
    has_down = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = OLD.conversation_id AND f.rating = 'down'),
    has_up = EXISTS (SELECT 1 FROM feedback f WHERE f.conversation_id = OLD.conversation_id AND f.rating = 'up')
  WHERE id = OLD.conversation_id;
END;
CREATE INDEX conversations_down_updated ON conversations (has_down, updated_at, id);
CREATE INDEX conversations_up_updated ON conversations (has_up, updated_at, id);
CREATE INDEX conversations_model_updated ON conversations (model, updated_at, id);
CREATE INDEX conversations_bot_updated ON conversations (coalesce(json_extract(metadata, '$.bot'), 'machine'), updated_at, id);
`;

/** The ordered schema history. Append new steps at the end; never edit or reorder a step that has shipped. */
export const migrations: Migration[] = [
  { name: "001-initial", up: initial },
  // No query looks spans or turns up by trace id; the two indexes only cost every turn commit time and space.
  { name: "002-drop-trace-id-indexes", up: "DROP INDEX IF EXISTS spans_trace; DROP INDEX IF EXISTS turns_trace;" },
  // A turn's spans are only ever read with the turn: one JSON column instead of ~5 rows in two B-trees per turn (the
  // rows were most of tracing's cost per turn). The spans table keeps spans that belong to no turn.
  { name: "003-turn-spans-column", up: turnSpansColumn },
  { name: "004-conversation-text-and-list-indexes", up: conversationTextAndListIndexes },
  { name: "005-feedback-one-per-turn", up: feedbackOnePerTurn },
  { name: "006-list-filter-indexes", up: listFilterIndexes },
  { name: "007-conversation-facets", up: conversationFacets },
  { name: "008-saved-views", up: savedViews },
];
