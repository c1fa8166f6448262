// Plain JavaScript so that the store (TypeScript) and the background worker thread (which Node runs without a
// TypeScript step) import the very same statements and loop. Types: text-index-step.d.mts.

import { FACET_SQL } from "./facet-step.mjs";

/**
 * The steps that bring the conversation text index (migration 004) and the list facets (migration 007) up to date. One batch: the turns after the
 * watermark up to `@until`; each conversation they touch gets its document replaced by one holding all its turns up
 * to `@until`, keyed by its latest turn id.
 */
export const TEXT_INDEX_SQL = Object.freeze({
  watermark: "SELECT indexed_turn_id AS id FROM conversation_text_state",
  until: "SELECT max(id) AS id FROM (SELECT id FROM turns WHERE id > @after ORDER BY id LIMIT @limit)",
  removeOld: `DELETE FROM conversation_text WHERE rowid IN (
    SELECT (SELECT max(o.id) FROM turns o WHERE o.conversation_id = n.conversation_id AND o.id <= @after)
    FROM turns n WHERE n.id > @after AND n.id <= @until)`,
  insertNew: `INSERT INTO conversation_text (rowid, body, conversation)
    SELECT max(t.id), group_concat(t.user_text || char(10) || t.reply, char(10)),
      (SELECT c.rowid FROM conversations c WHERE c.id = t.conversation_id)
    FROM turns t
    WHERE t.id <= @until AND t.conversation_id IN (SELECT conversation_id FROM turns WHERE id > @after AND id <= @until)
    GROUP BY t.conversation_id`,
  advance: "UPDATE conversation_text_state SET indexed_turn_id = @until",
});

/** Turns indexed per write transaction: small, so a concurrent turn commit waits at most a few ms for the lock. */
export const TEXT_INDEX_BATCH = 100;

/** One catch-up batch as a better-sqlite3 transaction on `db`: `step.immediate(batch)` is true while turns remain. */
export function createIndexStep(db) {
  const q = Object.fromEntries(
    Object.entries({ ...TEXT_INDEX_SQL, ...FACET_SQL }).map(([k, sql]) => [k, db.prepare(sql)]),
  );
  return db.transaction((batch) => {
    const after = q.watermark.get().id;
    const until = q.until.get({ after, limit: batch }).id;
    if (until === null) return false;
    q.removeOld.run({ after, until });
    q.insertNew.run({ after, until });
    q.rekey.run({ after, until });
    q.insert.run({ after, until });
    q.advance.run({ until });
    return true;
  });
}
