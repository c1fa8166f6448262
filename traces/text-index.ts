import type { Database } from "better-sqlite3";
import { createIndexStep, TEXT_INDEX_BATCH } from "./text-index-step.mjs";

export { TEXT_INDEX_BATCH, TEXT_INDEX_SQL } from "./text-index-step.mjs";

/** Statements of the catch-up, prepared once per connection (the same step the background worker runs). */
export function createTextIndexer(db: Database) {
  const step = createIndexStep(db);
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
