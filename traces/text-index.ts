import type { Database, Statement } from "better-sqlite3";

/**
 * The steps that bring the conversation text index (migration 004) up to date, as SQL, so the store and the
 * background worker (which cannot import TypeScript) run the very same statements. One batch: the turns after the
 * watermark up to `@until`; each conversation they touch gets its document replaced by one holding all its turns up
 * to `@until`, keyed by its latest turn id.
 */
export const TEXT_INDEX_SQL = {
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
} as const;

/** Turns indexed per write transaction: small, so a concurrent turn commit waits at most a few ms for the lock. */
export const TEXT_INDEX_BATCH = 100;

/** Statements of the catch-up, prepared once per connection. */
export function createTextIndexer(db: Database) {
  const q = Object.fromEntries(Object.entries(TEXT_INDEX_SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Record<
    keyof typeof TEXT_INDEX_SQL,
    Statement
  >;
  const step = db.transaction((batch: number): boolean => {
    const after = (q.watermark.get() as { id: number }).id;
    const until = (q.until.get({ after, limit: batch }) as { id: number | null }).id;
    if (until === null) return false;
    q.removeOld.run({ after, until });
    q.insertNew.run({ after, until });
    q.advance.run({ until });
    return true;
  });
  // A plain read first: an index that is up to date (the usual case) costs a search no write lock.
  const behind = db.prepare(
    "SELECT (SELECT coalesce(max(id), 0) FROM turns) > (SELECT indexed_turn_id FROM conversation_text_state) AS behind",
  );
  return {
    /**
     * Indexes every turn committed since the last run, in IMMEDIATE transactions of `batch` turns (two indexers, or an
     * indexer and a turn commit, serialise on SQLite's write lock, so no turn is indexed twice or skipped).
     */
    catchUp(batch = TEXT_INDEX_BATCH): void {
      if (!(behind.get() as { behind: number }).behind) return;
      while (step.immediate(batch));
    },
  };
}
