import type { Database } from "better-sqlite3";

const TURN_COLUMNS = `conversation_id, idx, now, user_text, reply, state_before, state_after, snapshot, understanding, decision,
  context, fact_ids, llm_calls, latency_ms, input_tokens, output_tokens, cost_usd, error, trace_id, created_at`;
const SPAN_COLUMNS =
  "span_id, trace_id, parent_span_id, name, start_time, duration_ms, status_code, status_message, attributes, events";
const BOOKING_COLUMNS =
  "id, conversation_id, service, date, time, name, contact, price_usd, status, created_at, cancelled_at";
const CONVERSATION_COLUMNS = `c.id, c.source, c.scenario_id, c.model, c.prompt_version, c.handbook_version, c.app_version, c.metadata,
  c.created_at, c.updated_at, c.turn_count, c.final_state`;

/** Every fixed statement the store runs, prepared once per connection. */
export function prepareStatements(db: Database) {
  return {
    insertConversation: db.prepare(`INSERT INTO conversations
      (id, source, scenario_id, model, prompt_version, handbook_version, app_version, metadata, created_at, updated_at)
      VALUES (@id, @source, @scenarioId, @model, @promptVersion, @handbookVersion, @appVersion, @metadata, @createdAt, @createdAt)`),
    getConversation: db.prepare(`SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.id = ?`),
    bumpConversation: db.prepare(`UPDATE conversations
      SET turn_count = turn_count + 1, final_state = @stateAfter, updated_at = @createdAt WHERE id = @conversationId`),
    insertTurn:
      db.prepare(`INSERT INTO turns (${TURN_COLUMNS}, spans) VALUES (@conversationId, @index, @now, @user, @assistant,
      @stateBefore, @stateAfter, @snapshot, @understanding, @decision, @context, @factIds, @llmCalls, @latencyMs,
      @inputTokens, @outputTokens, @costUsd, @error, @traceId, @createdAt, @spans)`),
    lastTurn: db.prepare(`SELECT ${TURN_COLUMNS} FROM turns WHERE conversation_id = ? ORDER BY idx DESC LIMIT 1`),
    lastTurnIndex: db.prepare("SELECT max(idx) FROM turns WHERE conversation_id = ?").pluck(),
    turnsOf: db.prepare(`SELECT ${TURN_COLUMNS}, spans FROM turns WHERE conversation_id = ? ORDER BY idx`),
    // Spans of no turn (a turn's own spans are a JSON column of its row).
    insertSpan: db.prepare(`INSERT INTO spans (${SPAN_COLUMNS}) VALUES (@spanId, @traceId, @parentSpanId, @name,
      @startTime, @durationMs, @statusCode, @statusMessage, @attributes, @events)`),
    insertBooking:
      db.prepare(`INSERT INTO bookings (${BOOKING_COLUMNS}, name_key, contact_key) VALUES (@id, @conversationId,
      @service, @date, @time, @name, @contact, @priceUsd, @status, @createdAt, @cancelledAt, @nameKey, @contactKey)`),
    cancelBooking: db.prepare(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = COALESCE(cancelled_at, @at) WHERE id = @id`,
    ),
    getBooking: db.prepare(`SELECT ${BOOKING_COLUMNS} FROM bookings WHERE id = ?`),
    findBookings: db.prepare(`SELECT ${BOOKING_COLUMNS} FROM bookings WHERE name_key = ? AND contact_key = ?
      ORDER BY created_at, id`),
    insertFeedback: db.prepare(`INSERT INTO feedback (id, conversation_id, turn_idx, rating, comment, created_at)
      VALUES (@id, @conversationId, @turnIndex, @rating, @comment, @createdAt)
      ON CONFLICT (conversation_id, turn_idx) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
        created_at = excluded.created_at
      RETURNING id, conversation_id, turn_idx, rating, comment, created_at`),
    // Each step seeks the next model in the model index: cost grows with the number of models, not of conversations.
    distinctModels: db.prepare(`WITH RECURSIVE m(model) AS (SELECT min(model) FROM conversations
      UNION ALL SELECT (SELECT min(model) FROM conversations WHERE model > m.model) FROM m WHERE m.model IS NOT NULL)
      SELECT model FROM m WHERE model IS NOT NULL LIMIT 200`),
    listFeedback: db.prepare(`SELECT id, conversation_id, turn_idx, rating, comment, created_at FROM feedback
      WHERE conversation_id = ? ORDER BY created_at, id`),
  };
}

/**
 * SQL for one conversation-list page (items with preview and feedback counts) given FROM, WHERE and ORDER BY. The page
 * is picked first (rowids only), then joined back for its columns and extras: a filter whose matches must be sorted
 * (thumbs down, labelled ids) sorts bare rowids instead of computing a preview and two counts for every match. The
 * CROSS JOIN keeps the picked page as the outer loop, so rows come out in its order.
 */
export const listPageSql = (from: string, where: string, orderBy: string) => `SELECT ${CONVERSATION_COLUMNS},
  (SELECT t.user_text FROM turns t WHERE t.conversation_id = c.id ORDER BY t.idx LIMIT 1) AS preview,
  (SELECT count(*) FROM feedback f WHERE f.conversation_id = c.id AND f.rating = 'up') AS feedback_up,
  (SELECT count(*) FROM feedback f WHERE f.conversation_id = c.id AND f.rating = 'down') AS feedback_down
  FROM (SELECT c.rowid AS rid FROM ${from} ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset) page
  CROSS JOIN conversations c ON c.rowid = page.rid`;

/** SQL for every matching conversation row, in order (no paging, no list extras). */
export const listAllSql = (from: string, where: string, orderBy: string) =>
  `SELECT ${CONVERSATION_COLUMNS} FROM ${from} ${where} ORDER BY ${orderBy}`;

/** SQL counting the conversations a FROM + WHERE matches (the list's `total`), stopping past `cap` when given. */
export const listCountSql = (from: string, where: string, cap: number | null, select = "1") =>
  cap === null
    ? `SELECT count(${select === "1" ? "*" : select}) AS n FROM ${from} ${where}`
    : `SELECT count(*) AS n FROM (SELECT ${select} FROM ${from} ${where} LIMIT ${cap + 1})`;
